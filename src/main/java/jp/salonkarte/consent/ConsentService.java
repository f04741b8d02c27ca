package jp.salonkarte.consent;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;
import jp.salonkarte.consent.pdf.ConsentDocument;
import jp.salonkarte.consent.pdf.ConsentPdfRenderer;
import jp.salonkarte.consent.pdf.ConsentSealer;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailOutbox;
import jp.salonkarte.mail.MailTemplate;
import jp.salonkarte.mail.MailTemplates;
import jp.salonkarte.printing.DocumentPrinting;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Signing consent forms (電子同意書) on the iPad and keeping them: a form is prepared for a customer
 * (the template's newest version, placeholders filled), shown in the kiosk, and signed once: the
 * row, its signature images and its sealed PDF (DD025) are written in one transaction. There is no
 * method that changes a signed form.
 */
@Service
public class ConsentService {

    /** The longest answer to a free question. */
    public static final int ANSWER_MAX_LENGTH = 500;
    /** The caption under the customer's signature. */
    public static final String SIGNATURE_LABEL = "ご署名";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd(E)", Locale.JAPANESE);
    private static final DateTimeFormatter DOCUMENT_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What a check of a stored PDF found: its digital signature and its SHA-256 against the database. */
    public record Verification(boolean valid, boolean signatureValid, boolean hashMatches, String detail) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ConsentTemplateService templates;
    private final CustomerService customers;
    private final KarteService karte;
    private final BookingService bookings;
    private final StaffService staff;
    private final StoreService stores;
    private final ConsentSealer sealer;
    private final MailOutbox outbox;
    private final MailTemplates mailTemplates;
    private final DocumentPrinting printing;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ConsentService(JdbcClient jdbc, JsonMapper json, Clock clock, ConsentTemplateService templates,
            CustomerService customers, KarteService karte, BookingService bookings, StaffService staff,
            StoreService stores, ConsentSealer sealer, MailOutbox outbox, MailTemplates mailTemplates,
            DocumentPrinting printing, AuditLog audit) {
        this.audit = audit;
        this.outbox = outbox;
        this.mailTemplates = mailTemplates;
        this.printing = printing;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.templates = templates;
        this.customers = customers;
        this.karte = karte;
        this.bookings = bookings;
        this.staff = staff;
        this.stores = stores;
        this.sealer = sealer;
    }

    /**
     * Prepares a form for the customer to sign: the template's newest version with {{顧客名}},
     * {{日付}}, {{店舗名}}, {{担当者}} and {{メニュー}} filled from the customer, today, the store,
     * the visit's (or booking's, or handing-over) staff and the visit's (or booking's) menus; from
     * the karte, today's appointment of the customer stands in for the booking.
     */
    private @Nullable Booking todaysBooking(long storeId, long customerId) {
        return bookings.day(storeId, LocalDate.now(clock)).stream()
                .filter(b -> b.customerId() == customerId)
                .filter(b -> b.status() != BookingStatus.CANCELLED && b.status() != BookingStatus.NO_SHOW)
                .findFirst().orElse(null);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public ConsentRequest prepare(long templateId, long customerId, @Nullable Long visitId, @Nullable Long bookingId,
            long handedOverBy) {
        ConsentTemplate template = templates.find(templateId)
                .orElseThrow(() -> new ConsentException("consent.template.error.missing"));
        if (!template.active()) {
            throw new ConsentException("consent.start.error.archived");
        }
        Customer customer = customers.find(customerId).orElseThrow();
        Store store = stores.find(template.storeId()).orElseThrow();
        Visit visit = visitId == null ? null : karte.find(visitId).filter(v -> v.customerId() == customerId)
                .orElseThrow(() -> new ConsentException("consent.start.error.visit"));
        Booking booking = bookingId == null ? null : bookings.find(bookingId)
                .filter(b -> b.customerId() == customerId)
                .orElseThrow(() -> new ConsentException("consent.start.error.booking"));
        if (visit == null && booking == null) {
            // Started from the karte: today's appointment names the menus and the stylist.
            booking = todaysBooking(store.id(), customerId);
        }
        Long staffInCharge = visit != null && visit.staffId() != null ? visit.staffId()
                : booking != null ? Long.valueOf(booking.staffId()) : Long.valueOf(handedOverBy);
        String staffName = staff.find(staffInCharge).map(Staff::displayName).orElse(null);
        String menus = visit != null && !visit.menus().isEmpty()
                ? visit.menus().stream().map(Visit.VisitMenu::name).collect(Collectors.joining("、"))
                : booking != null ? booking.menus().stream().map(Booking.Menu::name).collect(Collectors.joining("、"))
                : "";
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.CUSTOMER, customer.displayName());
        values.put(Placeholders.DATE, LocalDate.now(clock).format(DAY));
        values.put(Placeholders.STORE, store.name());
        values.put(Placeholders.STAFF, staffName == null ? "" : staffName);
        values.put(Placeholders.MENU, menus);
        ConsentTemplateVersion v = template.latest();
        byte[] token = new byte[18];
        random.nextBytes(token);
        return new ConsentRequest(Base64.getUrlEncoder().withoutPadding().encodeToString(token), store.id(),
                store.name(), customer.id(), customer.displayName(), customer.displayKana(), visitId, bookingId,
                handedOverBy, staffName, v.id(), v.versionNo(), v.title(), Placeholders.fill(v.title(), values),
                Placeholders.fill(v.body(), values),
                v.checkItems().stream().map(c -> Placeholders.fill(c, values)).toList(),
                v.questions().stream().map(q -> new ConsentQuestion(Placeholders.fill(q.label(), values),
                        q.required())).toList(),
                v.secondSignatureLabel(), clock.instant());
    }

    /**
     * Stores the signed form with its sealed PDF. Refused, with nothing written, when a check item is
     * not ticked, a required question is not answered, or a signature is empty.
     */
    @Access.Kiosk
    @Transactional
    public ConsentForm sign(ConsentRequest request, List<Boolean> ticks, List<String> answers, byte[] signaturePng,
            byte @Nullable [] secondSignaturePng) {
        Long by = Actor.currentStaffId(); // the staff member who handed the iPad over (customer mode keeps their login)
        return asSigning(() -> {
            if (ticks.size() != request.checkItems().size() || ticks.stream().anyMatch(t -> !Boolean.TRUE.equals(t))) {
                throw new ConsentException("consent.sign.error.ticks");
            }
            if (answers.size() != request.questions().size()) {
                throw new ConsentException("consent.sign.error.answers");
            }
            List<ConsentForm.Answer> answered = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                ConsentQuestion q = request.questions().get(i);
                String a = answers.get(i) == null ? "" : answers.get(i).strip();
                if (q.required() && a.isEmpty()) {
                    throw new ConsentException("consent.sign.error.answer", q.label());
                }
                if (a.length() > ANSWER_MAX_LENGTH) {
                    throw new ConsentException("consent.sign.error.answer-long", q.label(), ANSWER_MAX_LENGTH);
                }
                answered.add(new ConsentForm.Answer(q.label(), a, q.required()));
            }
            if (!Signatures.hasInk(signaturePng)) {
                throw new ConsentException("consent.sign.error.signature");
            }
            if (request.needsSecondSignature() && !Signatures.hasInk(secondSignaturePng)) {
                throw new ConsentException("consent.sign.error.second-signature", request.secondSignatureLabel());
            }
            byte[] second = request.needsSecondSignature() ? secondSignaturePng : null;
            Customer customer = customers.find(request.customerId()).orElseThrow();
            Store store = stores.find(request.storeId()).orElseThrow();
            LocalDateTime signedAt = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            long number = jdbc.sql("select nextval(consent_document_seq)").query(Long.class).single();
            String documentId = "CF-" + signedAt.toLocalDate().format(DOCUMENT_DAY) + "-" + String.format("%06d", number);
            List<ConsentForm.Check> checks = request.checkItems().stream().map(c -> new ConsentForm.Check(c, true))
                    .toList();
            byte[] pdf = ConsentPdfRenderer.render(new ConsentDocument(documentId, store.name(), address(store),
                    store.phone(), request.templateName(), request.versionNo(), request.title(), request.body(),
                    checks.stream().map(c -> new ConsentDocument.CheckItem(c.label(), c.ticked())).toList(),
                    answered.stream().map(a -> new ConsentDocument.Answer(a.question(), a.answer())).toList(),
                    customer.displayName(), customer.displayKana(), request.staffName(), signedAt, signaturePng,
                    SIGNATURE_LABEL, second, request.secondSignatureLabel()));
            ConsentSealer.Sealed sealed = sealer.seal(store.id(), store.name(), pdf);
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into consent_form (document_id, store_id, customer_id, visit_id, booking_id, staff_id,
                        template_version_id, title, filled_body, checks, answers, signature_png, second_signature_label,
                        second_signature_png, signed_at, pdf, pdf_sha256, created_by_staff_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(documentId, store.id(), customer.id(), request.visitId(), request.bookingId(),
                            request.staffId(), request.templateVersionId(), request.title(), request.body(),
                            json.writeValueAsString(checks), json.writeValueAsString(answered), signaturePng,
                            request.secondSignatureLabel(), second, Timestamp.valueOf(signedAt), sealed.pdf(),
                            sealed.sha256Hex(), by)
                    .update(key, "id");
            return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
        });
    }

    /**
     * Signing runs in customer mode, where the staff services refuse the browser session (DD038): what
     * signing reads and writes besides the form (the customer, the store, the seal) it does as the
     * signing system actor.
     */
    private static <T> T asSigning(java.util.function.Supplier<T> work) {
        return jp.salonkarte.base.SystemActor.call("consent-signing", work);
    }

    /** A customer's signed forms, newest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<ConsentForm> forCustomer(long customerId) {
        return jdbc.sql(SELECT + " where f.customer_id = ? order by f.signed_at desc, f.id desc").param(customerId)
                .query(this::form).list();
    }

    /** The forms signed for one visit, newest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<ConsentForm> forVisit(long visitId) {
        return jdbc.sql(SELECT + " where f.visit_id = ? order by f.signed_at desc, f.id desc").param(visitId)
                .query(this::form).list();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<ConsentForm> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(this::form).optional();
    }

    /** The sealed PDF exactly as stored. */
    @Access.Staff
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        return jdbc.sql("select pdf from consent_form where id = ?").param(id).query(byte[].class).single();
    }

    /** The signature image(s) as stored: the customer's, then the second signer's when there is one. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<byte[]> signatures(long id) {
        return jdbc.sql("select signature_png, second_signature_png from consent_form where id = ?").param(id)
                .query((rs, n) -> {
                    List<byte[]> out = new ArrayList<>();
                    out.add(rs.getBytes(1));
                    if (rs.getBytes(2) != null) {
                        out.add(rs.getBytes(2));
                    }
                    return out;
                }).single();
    }

    /**
     * Checks the stored PDF: its digital signature (made with the store's key) and that its SHA-256
     * is the one written when it was signed.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public Verification verify(long id) {
        ConsentForm form = find(id).orElseThrow();
        byte[] pdf = pdf(id);
        boolean hashMatches = sha256(pdf).equals(form.pdfSha256());
        ConsentSealer.Verification check = sealer.verify(form.storeId(), pdf);
        boolean signatureOk = check.signatureValid() && check.unmodified();
        return new Verification(hashMatches && signatureOk, signatureOk, hashMatches, check.message());
    }

    /**
     * Queues the signed form's PDF to the customer's e-mail address (the outbox sends it once, also
     * after the mail server was down). {@code requestId} identifies this request (one tap), so a
     * double tap queues one mail. Returns the address it goes to.
     */
    @Access.Staff
    @Transactional
    public String mail(long id, String requestId) {
        ConsentForm form = find(id).orElseThrow();
        Customer customer = customers.find(form.customerId()).orElseThrow();
        if (customer.email() == null || customer.email().isBlank()) {
            throw new ConsentException("consent.mail.error.no-email");
        }
        Store store = stores.find(form.storeId()).orElseThrow();
        Map<String, String> values = new HashMap<>();
        values.put(MailTemplate.CUSTOMER, customer.displayName());
        values.put(MailTemplate.STORE, store.name());
        values.put(MailTemplate.STORE_ADDRESS, java.util.Objects.toString(address(store), ""));
        values.put(MailTemplate.STORE_PHONE, java.util.Objects.toString(store.phone(), ""));
        values.put(MailTemplate.WHEN, form.signedAt().toLocalDate().format(DAY));
        MailTemplate.Filled mail = mailTemplates.template(store.id(), MailKind.CONSENT).filled(values);
        // No booking id: the outbox drops booking mail once the booking has started, and this mail is
        // about a form signed at (or after) the visit.
        outbox.enqueue(store.id(), MailKind.CONSENT, null, "CONSENT:" + id + ":" + requestId,
                customer.email(), mail.subject(), mail.body(),
                List.of(new MailOutbox.Attachment(form.fileName(), "application/pdf", pdf(id))));
        audit.record(AuditKind.CONSENT_MAILED, form.customerId(), "form=" + id);
        return customer.email();
    }

    /**
     * Queues the signed form's PDF for the store's document printer; false when the store has none
     * (the screen says so).
     */
    @Access.Staff
    @Transactional
    public boolean print(long id) {
        ConsentForm form = find(id).orElseThrow();
        boolean queued = printing.enqueuePdf(form.storeId(), form.title() + " " + form.documentId(), pdf(id)) >= 0;
        if (queued) {
            audit.record(AuditKind.CONSENT_PRINTED, form.customerId(), "form=" + id);
        }
        return queued;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String address(Store store) {
        if (store.address() == null) {
            return null;
        }
        return store.postalCode() == null ? store.address() : "〒" + store.postalCode() + " " + store.address();
    }

    private static final String SELECT = """
            select f.id, f.document_id, f.store_id, f.customer_id, f.visit_id, f.booking_id, f.staff_id,
                   f.template_version_id, v.version_no, f.title, f.filled_body, f.checks, f.answers,
                   f.second_signature_label, f.signed_at, f.pdf_sha256,
                   coalesce(concat(cb.family_name, ' ', cb.given_name), f.created_by, '') as created_by_name
            from consent_form f join consent_template_version v on v.id = f.template_version_id
                 left join staff cb on cb.id = f.created_by_staff_id""";

    private ConsentForm form(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ConsentForm(rs.getLong("id"), rs.getString("document_id"), rs.getLong("store_id"),
                rs.getLong("customer_id"), rs.getObject("visit_id", Long.class), rs.getObject("booking_id", Long.class),
                rs.getObject("staff_id", Long.class), rs.getLong("template_version_id"), rs.getInt("version_no"),
                rs.getString("title"), rs.getString("filled_body"),
                json.readValue(rs.getString("checks"), new TypeReference<List<ConsentForm.Check>>() { }),
                json.readValue(rs.getString("answers"), new TypeReference<List<ConsentForm.Answer>>() { }),
                rs.getString("second_signature_label"), rs.getObject("signed_at", LocalDateTime.class),
                rs.getString("pdf_sha256"), rs.getString("created_by_name"));
    }
}
