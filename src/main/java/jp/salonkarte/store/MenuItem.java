package jp.salonkarte.store;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service menu or retail product with its tax-inclusive price (総額表示) in yen and its
 * consumption tax rate: 10% standard, 8% reduced (food and drink sold for take-home).
 */
@Table("menu_item")
public record MenuItem(
        @Id @Nullable Long id,
        long storeId,
        MenuKind kind,
        MenuCategory category,
        String name,
        int priceYen,
        int taxRate,
        @Nullable Integer durationMinutes,
        boolean active,
        @Version int version) {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int PRICE_MAX_YEN = 9_999_999;
    public static final int DURATION_MIN = 5;
    public static final int DURATION_MAX = 600;

    public MenuItem {
        if (kind == null || category == null) {
            throw new IllegalArgumentException("kind and category are required");
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        name = name.strip();
        if (priceYen < 0 || priceYen > PRICE_MAX_YEN) {
            throw new IllegalArgumentException("price must be 0.." + PRICE_MAX_YEN + " yen");
        }
        if (taxRate != 10 && taxRate != 8) {
            throw new IllegalArgumentException("tax rate must be 10 or 8");
        }
        if (kind == MenuKind.SERVICE) {
            if (durationMinutes == null || durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
                throw new IllegalArgumentException("a service needs a duration of " + DURATION_MIN + ".." + DURATION_MAX + " minutes");
            }
        } else {
            durationMinutes = null;
        }
    }

    public boolean reducedRate() {
        return taxRate == 8;
    }
}
