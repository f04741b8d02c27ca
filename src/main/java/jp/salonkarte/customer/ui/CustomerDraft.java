package jp.salonkarte.customer.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jp.salonkarte.base.Kana;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerTag;

/** The mutable copy the customer form edits; a {@link Customer} is built only from valid input. */
class CustomerDraft {
    Long id;
    String customerNo;
    int version;
    Instant createdAt;
    String familyName = "";
    String givenName = "";
    String familyNameKana = "";
    String givenNameKana = "";
    String mobilePhone = "";
    String landlinePhone = "";
    String email = "";
    LocalDate birthday;
    String gender;
    String postalCode = "";
    String address = "";
    String occupation = "";
    String referralSource = "";
    String preferences = "";
    String cautions = "";
    Long assignedStaffId;
    boolean mailOptIn;
    boolean active = true;
    Set<String> tags = new LinkedHashSet<>();

    static CustomerDraft of(Customer c) {
        CustomerDraft d = new CustomerDraft();
        d.id = c.id();
        d.customerNo = c.customerNo();
        d.version = c.version();
        d.createdAt = c.createdAt();
        d.familyName = c.familyName();
        d.givenName = c.givenName();
        d.familyNameKana = c.familyNameKana();
        d.givenNameKana = c.givenNameKana();
        d.mobilePhone = orEmpty(c.mobilePhone());
        d.landlinePhone = orEmpty(c.landlinePhone());
        d.email = orEmpty(c.email());
        d.birthday = c.birthday();
        d.gender = c.gender();
        d.postalCode = orEmpty(c.postalCode());
        d.address = orEmpty(c.address());
        d.occupation = orEmpty(c.occupation());
        d.referralSource = orEmpty(c.referralSource());
        d.preferences = orEmpty(c.preferences());
        d.cautions = orEmpty(c.cautions());
        d.assignedStaffId = c.assignedStaffId();
        d.mailOptIn = c.mailOptIn();
        d.active = c.active();
        d.tags = c.tags().stream().map(CustomerTag::tag).collect(Collectors.toCollection(LinkedHashSet::new));
        return d;
    }

    /** Prefills a new customer from what was typed in the search box: a phone, a reading or a name. */
    static CustomerDraft fromSearch(String typed, boolean looksLikePhone) {
        CustomerDraft d = new CustomerDraft();
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return d;
        }
        if (looksLikePhone) {
            d.mobilePhone = text;
            return d;
        }
        String[] parts = text.split("[\\s　]+", 2);
        if (Kana.isKana(text)) {
            d.familyNameKana = Kana.toKatakana(parts[0]);
            d.givenNameKana = parts.length > 1 ? Kana.toKatakana(parts[1]) : "";
        } else {
            d.familyName = parts[0];
            d.givenName = parts.length > 1 ? parts[1] : "";
        }
        return d;
    }

    Customer toCustomer(Instant now) {
        return new Customer(id, customerNo, familyName.strip(), givenName.strip(), Kana.toKatakana(familyNameKana),
                Kana.toKatakana(givenNameKana), phone(mobilePhone), phone(landlinePhone),
                blankToNull(email), birthday, gender, blankToNull(postalCode), blankToNull(address),
                blankToNull(occupation), blankToNull(referralSource), blankToNull(preferences), blankToNull(cautions),
                assignedStaffId, mailOptIn, active, createdAt == null ? now : createdAt, now,
                tags.stream().map(CustomerTag::new).collect(Collectors.toSet()), version);
    }

    /** Phones are kept as typed but in half-width (０９０ becomes 090), so every list shows them alike. */
    private static String phone(String s) {
        return PhoneNumber.validate(s).orElse(blankToNull(s));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
