package jp.salonkarte.checkout;

import org.jspecify.annotations.Nullable;

/**
 * A line of a ticket (伝票の明細): what was sold, its tax-inclusive unit price, quantity, tax rate,
 * the staff member it counts for (sales by staff), and its own discount. A free item has no menu item.
 */
public record TicketLine(LineKind kind, @Nullable Long menuItemId, String name, long unitPrice, int quantity,
        int taxRate, @Nullable Long staffId, Discount discount) {

    public static final int NAME_MAX_LENGTH = 60;
    public static final long UNIT_PRICE_MAX = 9_999_999;
    public static final int QUANTITY_MAX = 999;

    public TicketLine {
        if (kind == null) {
            throw new IllegalArgumentException("line kind is required");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("line name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        name = name.strip();
        if (unitPrice < 0 || unitPrice > UNIT_PRICE_MAX) {
            throw new IllegalArgumentException("unit price must be 0.." + UNIT_PRICE_MAX + " yen");
        }
        if (quantity < 1 || quantity > QUANTITY_MAX) {
            throw new IllegalArgumentException("quantity must be 1.." + QUANTITY_MAX);
        }
        if (taxRate != 8 && taxRate != 10) {
            throw new IllegalArgumentException("tax rate must be 8 or 10");
        }
        discount = discount == null ? Discount.NONE : discount;
    }

    public long gross() {
        return unitPrice * quantity;
    }

    /** Tax-inclusive amount after the line's own discount. */
    public long amount() {
        return gross() - discount.off(gross());
    }

    public boolean reducedRate() {
        return taxRate == 8;
    }

    public TicketLine withQuantity(int newQuantity) {
        return new TicketLine(kind, menuItemId, name, unitPrice, newQuantity, taxRate, staffId, discount);
    }

    public TicketLine withStaff(@Nullable Long newStaffId) {
        return new TicketLine(kind, menuItemId, name, unitPrice, quantity, taxRate, newStaffId, discount);
    }

    public TicketLine withDiscount(Discount newDiscount) {
        return new TicketLine(kind, menuItemId, name, unitPrice, quantity, taxRate, staffId, newDiscount);
    }
}
