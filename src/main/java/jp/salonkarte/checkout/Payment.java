package jp.salonkarte.checkout;

import org.jspecify.annotations.Nullable;

/**
 * One payment of a ticket: {@code amount} is what this method pays of the total; for cash,
 * {@code tendered} is what the customer handed over and the difference is the change (お釣り).
 */
public record Payment(PaymentMethod method, long amount, @Nullable Long tendered) {

    public Payment {
        if (method == null) {
            throw new IllegalArgumentException("payment method is required");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("a payment must be more than ¥0");
        }
        if (method != PaymentMethod.CASH && tendered != null) {
            throw new IllegalArgumentException("only cash is tendered");
        }
        if (tendered != null && tendered < amount) {
            throw new IllegalArgumentException("tendered cash must cover the amount");
        }
    }

    public static Payment cash(long amount, long tendered) {
        return new Payment(PaymentMethod.CASH, amount, tendered);
    }

    public static Payment of(PaymentMethod method, long amount) {
        return new Payment(method, amount, method == PaymentMethod.CASH ? amount : null);
    }

    public long change() {
        return tendered == null ? 0 : tendered - amount;
    }
}
