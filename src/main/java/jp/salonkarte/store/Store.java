package jp.salonkarte.store;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A salon (店舗): its name, address, invoice number, business hours and tax rounding. */
@Table("store")
public record Store(
        @Id @Nullable Long id,
        String name,
        @Nullable String postalCode,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String invoiceRegistrationNumber,
        LocalTime openingTime,
        LocalTime closingTime,
        String closedDays,
        TaxRounding taxRounding,
        @Version int version) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int ADDRESS_MAX_LENGTH = 200;
    public static final int PHONE_MAX_LENGTH = 20;

    public Store {
        if (name == null || name.isBlank() || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("store name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        if (address != null && address.length() > ADDRESS_MAX_LENGTH) {
            throw new IllegalArgumentException("address too long");
        }
        if (invoiceRegistrationNumber != null && !invoiceRegistrationNumber.isEmpty()) {
            invoiceRegistrationNumber = InvoiceRegistrationNumber.normalize(invoiceRegistrationNumber)
                    .orElseThrow(() -> new IllegalArgumentException("invalid invoice registration number"));
        } else {
            invoiceRegistrationNumber = null;
        }
        if (openingTime == null || closingTime == null || !openingTime.isBefore(closingTime)) {
            throw new IllegalArgumentException("opening time must be before closing time");
        }
        closedDays = closedDays == null ? "" : closedDays;
        taxRounding = taxRounding == null ? TaxRounding.TRUNCATE : taxRounding;
    }

    public static Store newStore(String name, LocalTime opening, LocalTime closing) {
        return new Store(null, name, null, null, null, null, opening, closing, "", TaxRounding.TRUNCATE, 0);
    }

    public Set<DayOfWeek> closedDaysOfWeek() {
        if (closedDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(closedDays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public static String closedDaysText(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
