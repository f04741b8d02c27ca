package jp.salonkarte.customer.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of the merge screen: how to show it from either record and how to take it. Notes
 * (cautions, preferences) can also be kept from both, so no allergy is lost in a merge.
 */
record MergeField(String id, String labelKey, Function<CustomerDraft, String> show,
        BiConsumer<CustomerDraft, CustomerDraft> take, BiConsumer<CustomerDraft, CustomerDraft> keepBoth) {

    enum Side { SURVIVOR, OTHER, BOTH }

    static final List<MergeField> ALL = List.of(
            field("name", "customer.name", d -> d.familyName + " " + d.givenName, (to, from) -> {
                to.familyName = from.familyName;
                to.givenName = from.givenName;
            }),
            field("kana", "customer.kana", d -> d.familyNameKana + " " + d.givenNameKana, (to, from) -> {
                to.familyNameKana = from.familyNameKana;
                to.givenNameKana = from.givenNameKana;
            }),
            new MergeField("phones", "merge.phones", MergeField::phones, (to, from) -> {
                to.mobilePhone = from.mobilePhone;
                to.landlinePhone = from.landlinePhone;
            }, MergeField::unionPhones),
            field("email", "customer.email", d -> d.email, (to, from) -> to.email = from.email),
            field("birthday", "customer.birthday", d -> d.birthday == null ? "" : d.birthday.toString(),
                    (to, from) -> to.birthday = from.birthday),
            field("address", "store.address", d -> (d.postalCode + " " + d.address).strip(), (to, from) -> {
                to.postalCode = from.postalCode;
                to.address = from.address;
            }),
            field("occupation", "customer.occupation", d -> d.occupation, (to, from) -> to.occupation = from.occupation),
            field("referral", "customer.referral", d -> d.referralSource,
                    (to, from) -> to.referralSource = from.referralSource),
            new MergeField("cautions", "customer.cautions", d -> d.cautions, (to, from) -> to.cautions = from.cautions,
                    (to, from) -> to.cautions = joined(to.cautions, from.cautions)),
            new MergeField("preferences", "customer.preferences", d -> d.preferences,
                    (to, from) -> to.preferences = from.preferences,
                    (to, from) -> to.preferences = joined(to.preferences, from.preferences)));

    private static MergeField field(String id, String labelKey, Function<CustomerDraft, String> show,
            BiConsumer<CustomerDraft, CustomerDraft> take) {
        return new MergeField(id, labelKey, show, take, null);
    }

    boolean canKeepBoth() {
        return keepBoth != null;
    }

    /** Whether "keep both" is possible for these two records: notes always, phones while they fit two slots. */
    boolean canKeepBoth(CustomerDraft survivor, CustomerDraft other) {
        String s = Objects.toString(show.apply(survivor), "");
        String o = Objects.toString(show.apply(other), "");
        if (!canKeepBoth() || s.isBlank() || o.isBlank() || s.equals(o)) {
            return false;
        }
        return !id.equals("phones") || distinctPhones(survivor, other).size() <= 2;
    }

    private static String phones(CustomerDraft d) {
        return java.util.stream.Stream.of(d.mobilePhone, d.landlinePhone).filter(p -> p != null && !p.isBlank())
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    /** Every number of both records once (compared by digits), the survivor's first. */
    private static List<String> distinctPhones(CustomerDraft survivor, CustomerDraft other) {
        java.util.Map<String, String> byDigits = new java.util.LinkedHashMap<>();
        for (String p : new String[] {survivor.mobilePhone, survivor.landlinePhone, other.mobilePhone,
                other.landlinePhone}) {
            if (p != null && !p.isBlank()) {
                byDigits.putIfAbsent(jp.salonkarte.base.PhoneNumber.digits(p), p);
            }
        }
        return List.copyOf(byDigits.values());
    }

    /** Both records' numbers in the two slots: a mobile number (070/080/090) first in the mobile slot. */
    private static void unionPhones(CustomerDraft to, CustomerDraft from) {
        List<String> all = distinctPhones(to, from);
        if (all.size() > 2) {
            return; // not offered then; the screen asks to choose
        }
        String mobile = all.stream().filter(p -> jp.salonkarte.base.PhoneNumber.digits(p).matches("0[789]0\\d{8}"))
                .findFirst().orElse(all.isEmpty() ? "" : all.getFirst());
        to.mobilePhone = mobile;
        to.landlinePhone = all.stream().filter(p -> !p.equals(mobile)).findFirst().orElse("");
    }

    /** The side preselected: the survivor's value unless it is empty; both notes when they differ. */
    Side defaultSide(CustomerDraft survivor, CustomerDraft other) {
        String s = Objects.toString(show.apply(survivor), "");
        String o = Objects.toString(show.apply(other), "");
        if (canKeepBoth(survivor, other)) {
            return Side.BOTH;
        }
        return s.isBlank() && !o.isBlank() ? Side.OTHER : Side.SURVIVOR;
    }

    /** Applies the choice to the survivor's draft. */
    void apply(Side side, CustomerDraft survivor, CustomerDraft other) {
        switch (side) {
            case OTHER -> take.accept(survivor, other);
            case BOTH -> (canKeepBoth() ? keepBoth : take).accept(survivor, other);
            case SURVIVOR -> { }
        }
    }

    static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || a.contains(b)) {
            return a;
        }
        return a + "\n" + b;
    }
}
