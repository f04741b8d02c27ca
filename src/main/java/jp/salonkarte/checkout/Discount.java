package jp.salonkarte.checkout;

/**
 * A discount (値引き) on a line or on the whole ticket: a percentage (0–100) or a yen amount.
 * A percentage takes {@code floor(amount × percent / 100)} yen off (DD018).
 */
public record Discount(Kind kind, long value) {

    public enum Kind {
        PERCENT, YEN
    }

    public static final Discount NONE = new Discount(Kind.YEN, 0);
    public static final long YEN_MAX = 99_999_999;

    public Discount {
        if (kind == null) {
            throw new IllegalArgumentException("discount kind is required");
        }
        if (value < 0 || (kind == Kind.PERCENT && value > 100) || value > YEN_MAX) {
            throw new IllegalArgumentException("discount must be 0..100 % or 0.." + YEN_MAX + " yen");
        }
    }

    public static Discount percent(long percent) {
        return new Discount(Kind.PERCENT, percent);
    }

    public static Discount yen(long yen) {
        return new Discount(Kind.YEN, yen);
    }

    public boolean isNone() {
        return value == 0;
    }

    /** The yen this discount takes off {@code amount}; never more than the amount itself. */
    public long off(long amount) {
        long off = kind == Kind.PERCENT ? Math.floorDiv(amount * value, 100) : value;
        return Math.min(Math.max(off, 0), Math.max(amount, 0));
    }
}
