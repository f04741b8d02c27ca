package jp.salonkarte.karte.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import jp.salonkarte.customer.Customer;
import jp.salonkarte.karte.Visit;

/**
 * A part of the karte that another feature adds (e.g. the signed consent forms, 同意書): each
 * such feature declares a bean of this type, so the karte shows it without depending on that
 * feature. The components are created anew for each karte shown.
 */
public interface KarteSection {

    /** Shown under the karte's header for the customer; empty to show nothing. */
    Optional<Component> forCustomer(Customer customer);

    /** Shown on a visit's card; empty to show nothing. */
    Optional<Component> forVisit(Visit visit);
}
