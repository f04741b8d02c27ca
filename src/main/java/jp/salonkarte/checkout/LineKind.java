package jp.salonkarte.checkout;

/** What a ticket line sells: a service menu, a retail product, an option, or a free item typed at the counter. */
public enum LineKind {
    SERVICE, PRODUCT, OPTION, FREE;

    public String labelKey() {
        return "checkout.kind." + name();
    }
}
