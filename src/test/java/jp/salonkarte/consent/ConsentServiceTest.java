package jp.salonkarte.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailOutbox;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing a consent form against MariaDB: everything is kept, bad input keeps nothing, a merge moves it. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class ConsentServiceTest {

    @Autowired ConsentService consents;
    @Autowired ConsentTemplateService templates;
    @Autowired CustomerService customers;
    @Autowired KarteService karte;
    @Autowired StoreService stores;
    @Autowired StaffService staff;
    @Autowired CustomerMergeService merges;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private long store() {
        return stores.currentStore().orElseThrow().id();
    }

    private long me() {
        return staff.findByEmail("staff@example.com").orElseThrow().id();
    }

    private Customer customer(String email) {
        Customer c = Customer.create("同意", "花子", "ドウイ", "ハナコ", Instant.now());
        return customers.save(new Customer(null, null, c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), null, null, email, null, null, null, null, null, null, null, null, null, false,
                true, c.createdAt(), c.updatedAt(), Set.of(), 0));
    }

    private ConsentTemplate hairColor() {
        return templates.active(store()).stream().filter(t -> t.title().equals("ヘアカラー・パッチテスト同意書"))
                .findFirst().orElseThrow();
    }

    private ConsentTemplate withSecondSignature() {
        return templates.active(store()).stream().filter(t -> t.latest().secondSignatureLabel() != null).findFirst()
                .orElseThrow();
    }

    private Visit visit(Customer c) {
        return karte.save(new Visit(null, c.id(), store(), me(), LocalDate.now(clock), null, null, Instant.now(),
                Instant.now(), List.of(new Visit.VisitMenu(null, "ワンカラー", 7700)), Set.of(), 0));
    }

    private static List<Boolean> allTicked(ConsentRequest r) {
        return r.checkItems().stream().map(c -> true).toList();
    }

    private int formCount() {
        return jdbc.sql("select count(*) from consent_form").query(Integer.class).single();
    }

    @Test
    void signingKeepsTheFilledTextTheVersionTheAnswersTheSignatureAndTheSealedPdf() {
        Customer c = customer("hanako@example.jp");
        Visit v = visit(c);
        ConsentTemplate template = hairColor();
        ConsentRequest request = consents.prepare(template.id(), c.id(), v.id(), null, me());
        assertThat(request.body()).contains("同意 花子 様").contains("本日のメニュー：ワンカラー")
                .contains(stores.currentStore().orElseThrow().name()).doesNotContain("{{");
        byte[] signature = TestSignatures.signed();

        ConsentForm form = consents.sign(request, allTicked(request), List.of("ありません", ""), signature, null);

        assertThat(form.documentId()).matches("CF-\\d{8}-\\d{6}");
        assertThat(form.documentId()).contains(LocalDate.now(clock).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(form.templateVersionId()).isEqualTo(template.latest().id());
        assertThat(form.versionNo()).isEqualTo(template.latest().versionNo());
        assertThat(form.filledBody()).isEqualTo(request.body());
        assertThat(form.visitId()).isEqualTo(v.id());
        assertThat(form.staffId()).isEqualTo(me());
        assertThat(form.checks()).extracting(ConsentForm.Check::ticked).containsOnly(true).hasSize(3);
        assertThat(form.answers()).extracting(ConsentForm.Answer::answer).containsExactly("ありません", "");
        assertThat(consents.signatures(form.id())).singleElement().isEqualTo(signature);
        byte[] pdf = consents.pdf(form.id());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(form.pdfSha256()).isEqualTo(ConsentService.sha256(pdf));
        assertThat(consents.verify(form.id()).valid()).isTrue();
        assertThat(consents.forCustomer(c.id())).extracting(ConsentForm::id).containsExactly(form.id());
        assertThat(consents.forVisit(v.id())).extracting(ConsentForm::id).containsExactly(form.id());
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aFormKeepsPointingAtTheVersionItShowedAfterTheTemplateIsEdited() {
        Customer c = customer(null);
        ConsentTemplate template = templates.create(store(), new ConsentTemplateDraft("版テスト", "旧い本文 {{顧客名}}",
                List.of("了解"), List.of(), null));
        ConsentRequest request = consents.prepare(template.id(), c.id(), null, null, me());
        ConsentForm form = consents.sign(request, List.of(true), List.of(), TestSignatures.signed(), null);
        var edited = templates.save(template.id(), 1, new ConsentTemplateDraft("版テスト", "新しい本文",
                List.of("了解"), List.of(), null));

        assertThat(edited.latest().versionNo()).isEqualTo(2);
        ConsentForm again = consents.find(form.id()).orElseThrow();
        assertThat(again.versionNo()).isEqualTo(1);
        assertThat(again.filledBody()).isEqualTo("旧い本文 同意 花子");
        assertThat(templates.version(again.templateVersionId()).orElseThrow().body()).isEqualTo("旧い本文 {{顧客名}}");
    }

    @Test
    void anEmptySignatureAMissingTickOrAMissingRequiredAnswerIsRefusedAndNothingIsKept() {
        Customer c = customer(null);
        ConsentRequest request = consents.prepare(hairColor().id(), c.id(), null, null, me());
        int before = formCount();
        List<String> answers = List.of("ありません", "");

        assertThatThrownBy(() -> consents.sign(request, allTicked(request), answers, TestSignatures.blank(), null))
                .isInstanceOf(ConsentException.class).extracting(e -> ((ConsentException) e).messageKey())
                .isEqualTo("consent.sign.error.signature");
        assertThatThrownBy(() -> consents.sign(request, allTicked(request), answers, new byte[0], null))
                .isInstanceOf(ConsentException.class);
        assertThatThrownBy(() -> consents.sign(request, List.of(true, false, true), answers, TestSignatures.signed(),
                null)).isInstanceOf(ConsentException.class).extracting(e -> ((ConsentException) e).messageKey())
                .isEqualTo("consent.sign.error.ticks");
        assertThatThrownBy(() -> consents.sign(request, List.of(true, true), answers, TestSignatures.signed(),
                null)).isInstanceOf(ConsentException.class);
        assertThatThrownBy(() -> consents.sign(request, allTicked(request), List.of(" ", "薬なし"),
                TestSignatures.signed(), null)).isInstanceOf(ConsentException.class)
                .extracting(e -> ((ConsentException) e).messageKey()).isEqualTo("consent.sign.error.answer");
        assertThat(formCount()).isEqualTo(before);
    }

    @Test
    void aTemplateAskingForASecondSignatureNeedsIt() {
        Customer c = customer(null);
        ConsentRequest request = consents.prepare(withSecondSignature().id(), c.id(), null, null, me());
        List<String> noAnswers = request.questions().stream().map(q -> "").toList();
        assertThatThrownBy(() -> consents.sign(request, allTicked(request), noAnswers, TestSignatures.signed(),
                TestSignatures.blank())).isInstanceOf(ConsentException.class)
                .extracting(e -> ((ConsentException) e).messageKey()).isEqualTo("consent.sign.error.second-signature");
        ConsentForm form = consents.sign(request, allTicked(request), noAnswers, TestSignatures.signed(),
                TestSignatures.signed());
        assertThat(consents.signatures(form.id())).hasSize(2);
        assertThat(form.secondSignatureLabel()).isEqualTo("保護者");
    }

    @Test
    void aTamperedPdfIsDetected() {
        Customer c = customer(null);
        ConsentRequest request = consents.prepare(hairColor().id(), c.id(), null, null, me());
        ConsentForm form = consents.sign(request, allTicked(request), List.of("なし", ""), TestSignatures.signed(), null);
        byte[] pdf = consents.pdf(form.id());
        pdf[pdf.length / 2] ^= 0x20;
        jdbc.sql("update consent_form set pdf = ? where id = ?").params(pdf, form.id()).update();
        ConsentService.Verification check = consents.verify(form.id());
        assertThat(check.valid()).isFalse();
        assertThat(check.hashMatches()).isFalse();
        assertThat(check.signatureValid()).as("the digital signature no longer covers the bytes").isFalse();
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aCustomerMergeMovesTheirConsentFormsAndItsUndoMovesThemBack() {
        Customer survivor = customer(null);
        Customer merged = customer(null);
        ConsentRequest request = consents.prepare(hairColor().id(), merged.id(), null, null, me());
        ConsentForm form = consents.sign(request, allTicked(request), List.of("なし", ""), TestSignatures.signed(), null);

        assertThat(merges.preview(survivor.id(), merged.id()).moves()).containsEntry("merge.moves.consents", 1);
        var merge = merges.merge(customers.find(survivor.id()).orElseThrow(), merged.id());
        assertThat(consents.forCustomer(survivor.id())).extracting(ConsentForm::id).containsExactly(form.id());
        assertThat(consents.forCustomer(merged.id())).isEmpty();
        assertThat(consents.verify(form.id()).valid()).as("moving does not touch the PDF").isTrue();

        merges.undo(merge.id());
        assertThat(consents.forCustomer(merged.id())).extracting(ConsentForm::id).containsExactly(form.id());
        assertThat(consents.forCustomer(survivor.id())).isEmpty();
    }

    @Test
    void mailingQueuesThePdfForTheCustomerOnceAndACustomerWithoutAddressIsTold() {
        Customer c = customer("mail-" + System.nanoTime() + "@example.jp");
        ConsentRequest request = consents.prepare(hairColor().id(), c.id(), null, null, me());
        ConsentForm form = consents.sign(request, allTicked(request), List.of("なし", ""), TestSignatures.signed(), null);
        assertThat(consents.mail(form.id(), "tap-1")).isEqualTo(c.email());
        consents.mail(form.id(), "tap-1");
        List<MailOutbox.Entry> queued = outbox.recent(store(), 50).stream()
                .filter(m -> m.recipient().equals(c.email())).toList();
        assertThat(queued).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MailKind.CONSENT);
            assertThat(m.subject()).contains("同意書の控え");
            assertThat(m.body()).startsWith("同意 花子 様");
        });
        byte[] attached = jdbc.sql("select a.content from mail_attachment a where a.mail_id = ?")
                .param(queued.getFirst().id()).query(byte[].class).single();
        assertThat(attached).isEqualTo(consents.pdf(form.id()));

        Customer noMail = customer(null);
        ConsentRequest r2 = consents.prepare(hairColor().id(), noMail.id(), null, null, me());
        ConsentForm f2 = consents.sign(r2, allTicked(r2), List.of("なし", ""), TestSignatures.signed(), null);
        assertThatThrownBy(() -> consents.mail(f2.id(), "tap-2")).isInstanceOf(ConsentException.class)
                .extracting(e -> ((ConsentException) e).messageKey()).isEqualTo("consent.mail.error.no-email");
    }

    @Autowired jp.salonkarte.reservation.BookingService bookings;

    @Test
    void aFormOpenedFromABookingNamesItsMenusAndStaffAndABookingOfSomeoneElseIsRefused() {
        long bookingId = jdbc.sql("select b.id from booking b join booking_menu m on m.booking_id = b.id"
                + " order by b.id limit 1").query(Long.class).single();
        var booking = bookings.find(bookingId).orElseThrow();
        ConsentRequest request = consents.prepare(hairColor().id(), booking.customerId(), null, bookingId, me());
        assertThat(request.body()).contains("本日のメニュー：" + booking.menus().getFirst().name())
                .contains("担当：" + staff.find(booking.staffId()).orElseThrow().displayName());
        assertThat(request.bookingId()).isEqualTo(bookingId);

        Customer stranger = customer(null);
        assertThatThrownBy(() -> consents.prepare(hairColor().id(), stranger.id(), null, bookingId, me()))
                .isInstanceOf(ConsentException.class).extracting(e -> ((ConsentException) e).messageKey())
                .isEqualTo("consent.start.error.booking");
    }

    @Test
    void aFormStartedFromTheKarteNamesTheMenusOfTheCustomersAppointmentToday() {
        Customer c = customer(null);
        long storeId = hairColor().storeId();
        long staffId = jdbc.sql("select id from staff where store_id = ? order by id limit 1").param(storeId)
                .query(Long.class).single();
        var start = java.time.LocalDate.now(clock).atTime(23, 0);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, source, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'ARRIVED', 'PHONE', now(), now())""")
                .params(storeId, c.id(), staffId, start, start.plusMinutes(30)).update(key, "id");
        jdbc.sql("""
                insert into booking_menu (booking_id, position, menu_item_id, name, duration_minutes, price_yen)
                values (?, 0, null, 'リタッチカラー（同意書テスト）', 30, 4400)""").param(key.getKey().longValue()).update();

        ConsentRequest request = consents.prepare(hairColor().id(), c.id(), null, null, me());

        assertThat(request.body()).contains("本日のメニュー：リタッチカラー（同意書テスト）")
                .contains("担当：" + staff.find(staffId).orElseThrow().displayName());
        assertThat(request.bookingId()).as("the form is not tied to the booking").isNull();
    }

    @Test
    void printingWithoutADocumentPrinterSaysSo() {
        Customer c = customer(null);
        ConsentRequest request = consents.prepare(hairColor().id(), c.id(), null, null, me());
        ConsentForm form = consents.sign(request, allTicked(request), List.of("なし", ""), TestSignatures.signed(), null);
        assertThat(consents.print(form.id())).isFalse();
    }
}
