package jp.salonkarte.store;

/** A service takes chair time (and has a duration); a product is sold over the counter. */
public enum MenuKind {
    SERVICE, PRODUCT
}
