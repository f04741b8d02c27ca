package jp.salonkarte.karte;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The medal in the karte header, so the stylist sees at a glance how much this customer means
 * to the salon (DD013). From recency and frequency now: visits in the last 12 months, and how
 * long since the last one. Spend joins when checkout records it (issue 6); the analytics issue
 * may make the thresholds the owner's.
 */
public enum CustomerRank {
    /** 8 or more visits in 12 months: comes about every six weeks or more often. */
    GOLD,
    /** 4 to 7 visits in 12 months. */
    SILVER,
    /** 2 or 3 visits in 12 months, or a returning customer. */
    BRONZE,
    /** Exactly one visit so far, within the last half year. */
    NEW,
    /** No visit for more than 180 days (失客 risk): worth a message. */
    LAPSED;

    static final int LAPSED_AFTER_DAYS = 180;

    /** The rank on the given day; null for a customer who never came. */
    static @Nullable CustomerRank of(long visits, long visitsLastYear, @Nullable LocalDate lastVisit, LocalDate today) {
        if (visits == 0 || lastVisit == null) {
            return null;
        }
        if (lastVisit.isBefore(today.minusDays(LAPSED_AFTER_DAYS))) {
            return LAPSED;
        }
        if (visitsLastYear >= 8) {
            return GOLD;
        }
        if (visitsLastYear >= 4) {
            return SILVER;
        }
        return visits == 1 ? NEW : BRONZE;
    }
}
