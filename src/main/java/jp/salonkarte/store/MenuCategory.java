package jp.salonkarte.store;

/** Categories of the menu (メニュー) and retail shelf; the label comes from the i18n bundle. */
public enum MenuCategory {
    CUT, COLOR, PERM, STRAIGHT, TREATMENT, SPA, SET, NAIL, LASH, ESTHETIC, OPTION, RETAIL, OTHER;

    public String labelKey() {
        return "menu.category." + name();
    }
}
