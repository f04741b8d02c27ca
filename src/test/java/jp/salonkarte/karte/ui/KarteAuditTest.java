package jp.salonkarte.karte.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentRequest;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.consent.TestSignatures;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.karte.photo.PhotoService;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stylist sees at the chair is in the audit log under her own staff id: opening the
 * karte, each photo shown full screen (once per viewer, however often she swipes back), comparing
 * photos and opening a signed consent form.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class KarteAuditTest extends SpringBrowserlessTest {

    record Row(Long staffId, String kind, Long customerId, String detail) {
    }

    @Autowired CustomerService customers;
    @Autowired KarteService karte;
    @Autowired PhotoService photos;
    @Autowired ConsentService consents;
    @Autowired ConsentTemplateService templates;
    @Autowired StaffService staff;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private long mark;
    private long me;
    private long store;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        var stylist = staff.findByEmail("staff@example.com").orElseThrow();
        me = stylist.id();
        store = stylist.storeId();
        customer = customers.save(Customer.create("監査", "カルテ", "カンサ", "カルテ", Instant.now()));
    }

    private void markTheLog() {
        mark = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<Row> newRows() {
        return jdbc.sql("select staff_id, kind, customer_id, detail from audit_event where id > ? order by id")
                .param(mark).query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getString(2),
                        rs.getObject(3, Long.class), rs.getString(4))).list();
    }

    private Visit visit(int daysAgo) {
        return karte.save(new Visit(null, customer.id(), store, me, LocalDate.now(clock).minusDays(daysAgo), null,
                null, Instant.now(), Instant.now(), List.of(), Set.of(), 0));
    }

    private KarteView openKarte() {
        return navigate(KarteView.class, Map.of("customerId", String.valueOf(customer.id())));
    }

    @Test
    void openingAKarteIsRecordedWithTheStylistsId() {
        markTheLog();
        openKarte();
        assertThat(newRows()).containsExactly(new Row(me, "KARTE_VIEWED", customer.id(), null));
    }

    @Test
    void eachPhotoShownFullScreenIsRecordedOnceWithItsId() throws Exception {
        Visit visit = visit(3);
        var first = photos.add(visit.id(), png(300, 200));
        var second = photos.add(visit.id(), png(200, 300));
        KarteView view = openKarte();
        markTheLog();

        view.add(view.photoStrip(visit));
        test($(Image.class).withId("visit-thumb-" + visit.id() + "-1").single()).click();
        test($(Button.class).withId("photo-viewer-next").single()).click();
        test($(Button.class).withId("photo-viewer-next").single()).click();

        assertThat(newRows()).containsExactly(
                new Row(me, "PHOTO_VIEWED", customer.id(), "photo=" + second.id()),
                new Row(me, "PHOTO_VIEWED", customer.id(), "photo=" + first.id()));
    }

    @Test
    void comparingPhotosIsRecorded() throws Exception {
        photos.add(visit(40).id(), png(320, 240));
        photos.add(visit(0).id(), png(240, 320));
        KarteView view = openKarte();
        markTheLog();

        test(view.compare).click();
        assertThat(newRows()).containsExactly(new Row(me, "PHOTOS_COMPARED", customer.id(), null));
    }

    @Test
    void openingASignedConsentFormFromTheKarteIsRecordedWithTheForm() {
        var template = templates.active(store).getFirst();
        ConsentRequest request = consents.prepare(template.id(), customer.id(), null, null, me);
        ConsentForm form = consents.sign(request, request.checkItems().stream().map(x -> true).toList(),
                request.questions().stream().map(q -> "はい").toList(), TestSignatures.signed(),
                request.needsSecondSignature() ? TestSignatures.signed() : null);
        openKarte();
        markTheLog();

        test($(Button.class).withId("consent-form-" + form.id()).single()).click();
        assertThat(newRows()).containsExactly(new Row(me, "CONSENT_VIEWED", customer.id(), "form=" + form.id()));
    }

    @Test
    void theOwnerLinkToTheCustomersLogIsNotShownToStaff() {
        openKarte();
        assertThat($(Button.class).withId("karte-audit").exists()).isFalse();
    }

    private static byte[] png(int w, int h) throws Exception {
        var image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
