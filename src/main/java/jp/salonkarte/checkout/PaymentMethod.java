package jp.salonkarte.checkout;

/** How a customer pays; the receipt label is Japanese whatever the screen language. */
public enum PaymentMethod {
    CASH("現金"), CARD("クレジット"), EMONEY("電子マネー"), QR("QR決済");

    private final String receiptLabel;

    PaymentMethod(String receiptLabel) {
        this.receiptLabel = receiptLabel;
    }

    public String receiptLabel() {
        return receiptLabel;
    }

    public String labelKey() {
        return "checkout.method." + name();
    }
}
