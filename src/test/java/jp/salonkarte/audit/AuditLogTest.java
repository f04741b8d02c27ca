package jp.salonkarte.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentRequest;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.consent.TestSignatures;
import jp.salonkarte.customer.CsvFile;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerCsvExport;
import jp.salonkarte.customer.CustomerImportService;
import jp.salonkarte.customer.CustomerMerge;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.printing.PrintQueue;
import jp.salonkarte.printing.Printer;
import jp.salonkarte.printing.PrinterService;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change or export of personal data done through a service leaves one row in the audit
 * log with the acting staff member's id, the customer and the kind; the database refuses to
 * change or delete a row; STAFF cannot read the log.
 */
@IntegrationTest
@WithUserDetails("owner@example.com")
class AuditLogTest {

    /** A row as the tests compare it. */
    record Row(Long staffId, String kind, Long customerId, String detail) {
    }

    @Autowired AuditLog audit;
    @Autowired CustomerService customers;
    @Autowired CustomerCsvExport export;
    @Autowired CustomerImportService importer;
    @Autowired CustomerMergeService merging;
    @Autowired ConsentService consents;
    @Autowired ConsentTemplateService templates;
    @Autowired PrinterService printers;
    @Autowired PrintQueue queue;
    @Autowired StaffService staff;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private long mark;

    @BeforeEach
    void markTheLog() {
        mark = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    /** The rows written since the test began, oldest first. */
    private List<Row> newRows() {
        return jdbc.sql("select staff_id, kind, customer_id, detail from audit_event where id > ? order by id")
                .param(mark).query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4))).list();
    }

    private long id(String email) {
        return staff.findByEmail(email).orElseThrow().id();
    }

    private Customer customer(String given, String email) {
        Customer c = Customer.create("監査", given, "カンサ", "テスト", Instant.now());
        return customers.save(new Customer(null, null, c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), null, null, email, null, null, null, null, null, null, null, null, null, false,
                true, c.createdAt(), c.updatedAt(), Set.of(), 0));
    }

    @Test
    void creatingAndChangingACustomerIsRecordedWithTheOwnersIdAndTheClocksTime() {
        Customer c = customer("作成", null);
        customers.save(customers.find(c.id()).orElseThrow());

        long owner = id("owner@example.com");
        assertThat(newRows()).containsExactly(new Row(owner, "CUSTOMER_CREATED", c.id(), null),
                new Row(owner, "CUSTOMER_CHANGED", c.id(), null));
        LocalDateTime at = jdbc.sql("select at from audit_event where id > ? order by id limit 1").param(mark)
                .query(LocalDateTime.class).single();
        assertThat(at.toInstant(ZoneOffset.UTC)).isBetween(clock.instant().minusSeconds(60), clock.instant());
        assertThat(jdbc.sql("select store_id from audit_event where id > ? limit 1").param(mark).query(Long.class)
                .single()).isEqualTo(staff.find(owner).orElseThrow().storeId());
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aManagersChangeCarriesTheManagersIdNotTheOwners() {
        Customer c = customer("店長", null);
        assertThat(newRows()).containsExactly(new Row(id("manager@example.com"), "CUSTOMER_CREATED", c.id(), null));
    }

    @Test
    void exportingTheCustomerCsvIsRecordedEvenThoughTheExportOnlyReads() throws Exception {
        export.write(new ByteArrayOutputStream());
        assertThat(newRows()).containsExactly(new Row(id("owner@example.com"), "CUSTOMER_CSV_EXPORTED", null, null));
    }

    @Test
    void importingCustomersFromCsvIsRecordedOnceWithHowManyWereCreated() throws Exception {
        CsvFile file = CsvFile.read("姓,名,セイ,メイ\r\n取込,一郎,トリコミ,イチロウ\r\n取込,二郎,トリコミ,ジロウ\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importNew(file, importer.guessMapping(file.headers()))).isEqualTo(2);
        assertThat(newRows()).containsExactly(
                new Row(id("owner@example.com"), "CUSTOMER_CSV_IMPORTED", null, "rows=2"));
    }

    @Test
    void aMergeAndItsUndoAreRecordedUnderBothCustomers() {
        Customer older = customer("統合甲", null);
        Customer newer = customer("統合乙", null);
        mark = jdbc.sql("select max(id) from audit_event").query(Long.class).single();

        CustomerMerge merge = merging.merge(customers.find(older.id()).orElseThrow(), newer.id());
        List<Row> merged = newRows().stream().filter(r -> r.kind().startsWith("CUSTOMER_MERGE")).toList();
        String detail = "merge=" + merge.id() + " survivor=" + older.id() + " merged=" + newer.id();
        long owner = id("owner@example.com");
        assertThat(merged).containsExactly(new Row(owner, "CUSTOMER_MERGED", older.id(), detail),
                new Row(owner, "CUSTOMER_MERGED", newer.id(), detail));

        mark = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        merging.undo(merge.id());
        assertThat(newRows().stream().filter(r -> r.kind().startsWith("CUSTOMER_MERGE")).toList()).containsExactly(
                new Row(owner, "CUSTOMER_MERGE_UNDONE", older.id(), detail),
                new Row(owner, "CUSTOMER_MERGE_UNDONE", newer.id(), detail));
    }

    private ConsentForm signedForm(Customer c) {
        long store = staff.find(id("owner@example.com")).orElseThrow().storeId();
        var template = templates.active(store).getFirst();
        ConsentRequest request = consents.prepare(template.id(), c.id(), null, null, id("owner@example.com"));
        List<String> answers = request.questions().stream().map(q -> "はい").toList();
        return consents.sign(request, request.checkItems().stream().map(x -> true).toList(), answers,
                TestSignatures.signed(), request.secondSignatureLabel() == null ? null : TestSignatures.signed());
    }

    @Test
    void mailingASignedConsentFormIsRecordedWithTheForm() {
        Customer c = customer("同意メール", "audit-consent@example.jp");
        ConsentForm form = signedForm(c);
        mark = jdbc.sql("select max(id) from audit_event").query(Long.class).single();

        consents.mail(form.id(), "audit-test");
        assertThat(newRows()).containsExactly(
                new Row(id("owner@example.com"), "CONSENT_MAILED", c.id(), "form=" + form.id()));
    }

    @Test
    void printingASignedConsentFormIsRecordedOnlyWhenAPrinterTookIt() {
        Customer c = customer("同意印刷", null);
        ConsentForm form = signedForm(c);
        mark = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
        assertThat(consents.print(form.id())).as("the demo salon has no document printer").isFalse();
        assertThat(newRows()).isEmpty();

        Printer printer = printers.save(Printer.newDocumentPrinter(form.storeId(), "監査テスト複合機",
                "ipp://127.0.0.1:9/ipp/print", true));
        try {
            assertThat(consents.print(form.id())).isTrue();
        } finally {
            printers.save(printers.find(printer.id()).orElseThrow().withActive(false));
            queue.recent(form.storeId(), 5).stream().filter(j -> j.printerId() == printer.id())
                    .forEach(j -> queue.cancel(j.id()));
        }
        assertThat(newRows()).containsExactly(
                new Row(id("owner@example.com"), "CONSENT_PRINTED", c.id(), "form=" + form.id()));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARecordedEvent() {
        audit.record(AuditKind.KARTE_VIEWED, null, "trigger test");
        long id = jdbc.sql("select max(id) from audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set staff_id = null where id = ?").param(id).update())
                .hasMessageContaining(AuditTriggers.MESSAGE);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .hasMessageContaining(AuditTriggers.MESSAGE);
        assertThat(jdbc.sql("select detail from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("trigger test");
    }

    @Test
    void theOwnerReadsTheLogNewestFirstAndNarrowsItByCustomerStaffAndDay() {
        Customer c = customer("絞込", null);
        customers.save(customers.find(c.id()).orElseThrow());
        long owner = id("owner@example.com");

        List<AuditEvent> ofCustomer = audit.list(new AuditFilter(c.id(), null, null, null), 0, 10);
        assertThat(ofCustomer).extracting(AuditEvent::kind)
                .containsExactly(AuditKind.CUSTOMER_CHANGED, AuditKind.CUSTOMER_CREATED);
        assertThat(audit.count(new AuditFilter(c.id(), owner, null, null))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(c.id(), id("staff@example.com"), null, null))).isZero();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThat(audit.count(new AuditFilter(c.id(), null, today, today))).isEqualTo(2);
        assertThat(audit.count(new AuditFilter(c.id(), null, today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter(c.id(), null, null, today.minusDays(1)))).isZero();
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotReadTheLog() {
        assertThatThrownBy(() -> audit.list(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager@example.com")
    void managersCannotReadTheLogEither() {
        assertThatThrownBy(() -> audit.list(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
