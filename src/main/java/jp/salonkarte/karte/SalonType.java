package jp.salonkarte.karte;

import jp.salonkarte.store.MenuCategory;

/** The kinds of salon work whose karte records different things (hair colour formula, nail design, lash curl...). */
public enum SalonType {
    HAIR, NAIL, LASH, ESTHETIC;

    public String labelKey() {
        return "salon-type." + name();
    }

    /** The type a menu belongs to: nail menus record nail fields, and so on; cut, colour, perm... are hair. */
    public static SalonType of(MenuCategory category) {
        return switch (category) {
            case NAIL -> NAIL;
            case LASH -> LASH;
            case ESTHETIC, SPA -> ESTHETIC;
            default -> HAIR;
        };
    }
}
