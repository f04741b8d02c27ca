package jp.salonkarte.checkout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Yen;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailOutbox;
import jp.salonkarte.mail.MailTemplate;
import jp.salonkarte.mail.MailTemplates;
import jp.salonkarte.printing.Receipt;
import jp.salonkarte.printing.ReceiptPdf;
import jp.salonkarte.printing.ReceiptPrinting;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * The receipt (領収書, 適格簡易請求書) of a paid ticket and where it goes: the receipt printer when
 * the ticket is paid, again marked 再発行 on request, and the customer's mail as a PDF (DD022).
 * Printing and mail are queued in the caller's transaction and happen later, never in the request.
 */
@Service
public class Receipts {

    /** A plausible e-mail address: one @, no spaces, a dot in the domain (the mail server decides the rest). */
    static final int EMAIL_MAX_LENGTH = 254;

    private final StoreService stores;
    private final StaffService staff;
    private final CustomerService customers;
    private final WebBookingService webBooking;
    private final MailOutbox mail;
    private final MailTemplates templates;
    private final ObjectProvider<ReceiptPrinting> printing;
    private final String publicUrl;

    Receipts(StoreService stores, StaffService staff, CustomerService customers, WebBookingService webBooking,
            MailOutbox mail, MailTemplates templates, ObjectProvider<ReceiptPrinting> printing,
            jp.salonkarte.base.SalonKarteProperties properties) {
        this.stores = stores;
        this.staff = staff;
        this.customers = customers;
        this.webBooking = webBooking;
        this.mail = mail;
        this.templates = templates;
        this.printing = printing;
        this.publicUrl = properties.publicUrl();
    }

    /** The receipt of a paid ticket, as the printer, the screen and the PDF show it. */
    @Access.Staff
    @Transactional(readOnly = true)
    public Receipt of(PaidTicket ticket, boolean reprint) {
        return of(stores.find(ticket.storeId()).orElseThrow(), ticket, reprint);
    }

    /** Queues the receipt at the commit, in its transaction; cash opens the drawer. */
    void printAtCommit(Store store, PaidTicket ticket, boolean openDrawer) {
        ReceiptPrinting printer = printing.getIfAvailable();
        if (printer != null) {
            printer.enqueue(store.id(), of(store, ticket, false), openDrawer);
        }
    }

    /** Prints the receipt again, marked 再発行; returns the print job's id, or -1 without a receipt printer. */
    @Access.Staff
    @Transactional
    public long reprint(PaidTicket ticket) {
        ReceiptPrinting printer = printing.getIfAvailable();
        return printer == null ? -1 : printer.reprint(ticket.storeId(), of(ticket, false));
    }

    /**
     * Mails the receipt as a PDF (電子レシート) through the outbox: sent once, later, even when the
     * mail server is down right now. {@code requestKey} is made when staff open the send form, so a
     * double tap sends one mail. True when queued, false when this request was queued before.
     */
    @Access.Staff
    @Transactional
    public boolean mail(PaidTicket ticket, String recipient, UUID requestKey) {
        String to = recipient == null ? "" : recipient.strip();
        if (to.length() > EMAIL_MAX_LENGTH || !jp.salonkarte.base.EmailAddress.isValid(to)) {
            throw new CheckoutException("receipt.error.email");
        }
        Store store = stores.find(ticket.storeId()).orElseThrow();
        Receipt receipt = of(store, ticket, false);
        Map<String, String> values = new HashMap<>(MailTemplates.storeValues(store));
        values.put(MailTemplate.CUSTOMER, receipt.customerName() == null ? "" : receipt.customerName());
        values.put(MailTemplate.RECEIPT_NO, String.valueOf(ticket.receiptNo()));
        values.put(MailTemplate.TOTAL, Yen.format(ticket.total()));
        MailTemplate.Filled filled = templates.template(store.id(), MailKind.RECEIPT).filled(values);
        // A walk-in without a customer record gets no "様" line rather than a nameless one.
        String body = receipt.customerName() == null ? filled.body().replaceFirst("^\\s*様\\s*\n+", "") : filled.body();
        return mail.enqueue(store.id(), MailKind.RECEIPT, null, "receipt-" + requestKey, to, filled.subject(), body,
                List.of(new MailOutbox.Attachment("receipt-" + ticket.receiptNo() + ".pdf", "application/pdf",
                        ReceiptPdf.render(receipt))));
    }

    private Receipt of(Store store, PaidTicket t, boolean reprint) {
        List<Receipt.Line> lines = new ArrayList<>();
        for (TicketLine l : t.lines()) {
            lines.add(new Receipt.Line(l.name(), l.quantity(), l.amount(), l.reducedRate()));
        }
        if (t.discountYen() > 0) {
            lines.add(new Receipt.Line("お会計値引", 1, -t.discountYen(), false));
        }
        String staffName = t.cashierStaffId() == null ? null
                : staff.find(t.cashierStaffId()).map(s -> s.displayName()).orElse(null);
        String customerName = t.customerId() == null ? null
                : customers.find(t.customerId()).map(c -> c.displayName()).orElse(null);
        return new Receipt(store.name(), store.postalCode(), store.address(), store.phone(),
                store.invoiceRegistrationNumber(), t.paidAt(), t.receiptNo(), staffName, customerName, lines,
                t.rateTotals().stream().map(r -> new Receipt.RateTotal(r.ratePercent(), r.total(), r.tax())).toList(),
                t.total(), t.payments().stream()
                        .map(p -> new Receipt.Payment(p.method().receiptLabel(), p.amount(), p.tendered())).toList(),
                t.change(), reprint, nextBookingUrl(store.id()));
    }

    /** The public booking page for the receipt's QR code (次回のご予約), while the store takes web bookings. */
    private @Nullable String nextBookingUrl(long storeId) {
        return webBooking.settings(storeId).enabled() ? publicUrl + "/book" : null;
    }
}
