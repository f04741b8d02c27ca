package jp.salonkarte.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SearchText;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.customer.CustomerTag;

/**
 * Finds the customer (顧客) a web booking belongs to, or creates one (DD016). Called by
 * {@link WebBookingService} inside its booking transaction, so a refused booking leaves no new
 * customer behind. An existing record is never changed from the anonymous page.
 */
@Component
class WebBookingCustomers {

    /** The customer the booking goes to, and how it was found: MATCHED, NEW or UNSURE. */
    record Match(long customerId, String kind) {
    }

    private final CustomerService customers;
    private final Clock clock;

    WebBookingCustomers(CustomerService customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Exactly one active customer with this phone or e-mail, read the same way: that customer.
     * Nobody: a new customer. Anything else (two candidates, or one whose name reads differently,
     * such as family members sharing a landline): a new customer tagged
     * {@link WebBookingService#UNSURE_TAG}, which the duplicate finder groups with the others by
     * phone or e-mail for staff to decide.
     */
    Match match(String familyName, String givenName, String familyKana, String givenKana, String phone,
            String email) {
        List<Customer> candidates = customers.findActiveByPhoneOrEmail(phone, email);
        String reading = SearchText.normalize(familyKana + givenKana);
        if (candidates.size() == 1
                && SearchText.normalize(candidates.getFirst().familyNameKana() + candidates.getFirst().givenNameKana())
                        .equals(reading)) {
            return new Match(candidates.getFirst().id(), "MATCHED");
        }
        boolean unsure = !candidates.isEmpty();
        String digits = PhoneNumber.digits(phone);
        boolean mobile = digits.matches("0[789]0\\d{8}");
        Instant now = clock.instant();
        Customer created = customers.save(new Customer(null, null, familyName, givenName, familyKana, givenKana,
                mobile ? phone : null, mobile ? null : phone, email, null, null, null, null, null, null, null, null,
                null, false, true, now, now,
                unsure ? Set.of(new CustomerTag(WebBookingService.UNSURE_TAG)) : Set.of(), 0));
        return new Match(created.id(), unsure ? "UNSURE" : "NEW");
    }
}
