package jp.salonkarte.store;

import java.math.RoundingMode;

/** How consumption tax is rounded, once per receipt and rate (端数処理). Default: truncate. */
public enum TaxRounding {
    TRUNCATE(RoundingMode.DOWN),
    HALF_UP(RoundingMode.HALF_UP),
    CEILING(RoundingMode.UP);

    private final RoundingMode mode;

    TaxRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public RoundingMode mode() {
        return mode;
    }
}
