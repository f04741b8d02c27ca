package jp.salonkarte.karte.ui;

import java.time.Instant;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.SalonType;
import jp.salonkarte.karte.Visit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** At the chair: the stylist opens the karte, sees the allergy, records today's nail visit. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class KarteScreenTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;
    @Autowired KarteService karte;
    @Autowired java.time.Clock clock;

    private Customer customerWithAllergy() {
        Customer c = Customer.create("爪先", "彩", "ツマサキ", "アヤ", Instant.now());
        return customers.save(new Customer(null, null, c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), null, null, null, null, null, null, null, null, null, null, "アクリル過敏", null, false,
                true, c.createdAt(), c.updatedAt(), java.util.Set.of(), 0));
    }

    @Test
    void recordingANailVisitShowsNailFieldsAndPutsTheVisitOnTheTimeline() {
        Customer c = customerWithAllergy();
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        assertThat(view.caution.isVisible()).isTrue();
        assertThat(view.caution.getText()).contains("アクリル過敏");
        assertThat(view.empty.isVisible()).as("no visits yet").isTrue();

        test($(Button.class).withId("karte-new-visit").single()).click();
        VisitForm form = $(VisitForm.class).single();
        assertThat(form.date.getValue()).as("today in the store's time zone").isEqualTo(java.time.LocalDate.now(clock));
        var nail = form.menus.getListDataView().getItems().filter(m -> m.name().startsWith("ジェルネイル")).findFirst()
                .orElseThrow();
        test(form.menus).selectItem(nail.name());
        assertThat(form.type.getValue()).as("type follows the menu").isEqualTo(SalonType.NAIL);
        @SuppressWarnings("unchecked")
        Select<String> shape = (Select<String>) form.fieldInputs.values().stream()
                .filter(i -> i instanceof Select<?> s && s.getLabel().equals("形")).findFirst().orElseThrow();
        shape.setValue("アーモンド");
        TextField stones = (TextField) form.fieldInputs.values().stream()
                .filter(i -> i instanceof TextField t && t.getLabel().startsWith("ストーン")).findFirst().orElseThrow();
        test(stones).setValue("たくさん");
        test($(TextArea.class).withId("visit-advice").single()).setValue("次回はオフから");

        test($(Button.class).withId("visit-save").single()).click();
        assertThat(karte.summary(c.id()).visits()).as("a bad number saves nothing").isZero();
        assertThat(stones.isInvalid()).isTrue();

        test(stones).setValue("１２");
        test($(Button.class).withId("visit-save").single()).click();

        assertThat(karte.summary(c.id()).visits()).isEqualTo(1);
        Visit saved = karte.timeline(c.id(), 0, 1).getFirst();
        assertThat(saved.menus()).extracting(Visit.VisitMenu::name).containsExactly(nail.name());
        assertThat(saved.fields()).extracting(Visit.VisitField::value).containsExactlyInAnyOrder("アーモンド", "12");
        assertThat(saved.advice()).isEqualTo("次回はオフから");
        assertThat(view.stats.getText()).startsWith("来店 1回");
        assertThat(view.rank.getText()).as("one visit so far").isEqualTo("新規");
        assertThat(view.stats.getText()).as("total of the menus done").endsWith(
                "累計 " + jp.salonkarte.base.Yen.format(saved.menus().getFirst().price()));
        assertThat(view.timeline.isVisible()).isTrue();
    }

    @Test
    void aVisitShowsItsPhotosAsThumbnailsThatOpenFullScreen() throws Exception {
        Customer c = customerWithAllergy();
        Visit visit = karte.save(new Visit(null, c.id(), currentStoreId(), null,
                java.time.LocalDate.now(clock).minusDays(2), null, null, Instant.now(), Instant.now(),
                java.util.List.of(), java.util.Set.of(), 0));
        var first = photos.add(visit.id(), png(300, 200));
        var second = photos.add(visit.id(), png(200, 300));
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));

        var strip = view.photoStrip(visit);
        var thumbs = strip.getChildren().filter(ch -> ch instanceof com.vaadin.flow.component.html.Image)
                .map(ch -> (com.vaadin.flow.component.html.Image) ch).toList();
        assertThat(thumbs).extracting(i -> i.getSrc()).containsExactly("photos/" + first.thumbnailKey(),
                "photos/" + second.thumbnailKey());
        assertThat(strip.getElement().getTextRecursively()).contains("写真 2/12");
        assertThat(strip.getChildren().filter(ch -> ch instanceof com.vaadin.flow.component.upload.Upload).count())
                .as("library and camera").isEqualTo(2);

        view.add(strip); // attach, so the thumbnail's click opens the viewer in this UI
        test(thumbs.get(1)).click();
        var viewer = $(PhotoViewer.class).single();
        var image = $(com.vaadin.flow.component.html.Image.class).withId("photo-viewer-image").single();
        assertThat(image.getSrc()).isEqualTo("photos/" + second.displayKey());
        test($(Button.class).withId("photo-viewer-next").single()).click();
        assertThat(image.getSrc()).as("wraps around").isEqualTo("photos/" + first.displayKey());
        assertThat(viewer.isOpened()).isTrue();
    }

    @Test
    void lastTimeAndTodayAreComparedSideBySide() throws Exception {
        Customer c = customerWithAllergy();
        Visit lastTime = karte.save(new Visit(null, c.id(), currentStoreId(), null,
                java.time.LocalDate.now(clock).minusDays(40), null, null, Instant.now(), Instant.now(),
                java.util.List.of(), java.util.Set.of(), 0));
        Visit today = karte.save(new Visit(null, c.id(), currentStoreId(), null, java.time.LocalDate.now(clock), null,
                null, Instant.now(), Instant.now(), java.util.List.of(), java.util.Set.of(), 0));
        var before = photos.add(lastTime.id(), png(320, 240));
        var after = photos.add(today.id(), png(240, 320));
        photos.add(today.id(), png(250, 320));
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        assertThat(view.compare.isVisible()).isTrue();

        test(view.compare).click();

        PhotoCompare compare = $(PhotoCompare.class).single();
        assertThat(compare.leftImage.getSrc()).isEqualTo("photos/" + before.displayKey());
        assertThat(compare.rightImage.getSrc()).isEqualTo("photos/" + after.displayKey());
        assertThat(compare.left.getListDataView().getItemCount()).isEqualTo(3);
    }

    @Test
    void aRegularShowsAGoldMedal() {
        Customer c = customerWithAllergy();
        for (int i = 0; i < 8; i++) {
            karte.save(new Visit(null, c.id(), currentStoreId(), null, java.time.LocalDate.now(clock).minusDays(7 + 40L * i),
                    null, null, Instant.now(), Instant.now(), java.util.List.of(), java.util.Set.of(), 0));
        }
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        assertThat(view.rank.isVisible()).isTrue();
        assertThat(view.rank.getText()).contains("ゴールド");
        assertThat(view.rank.getElement().getAttribute("data-rank")).isEqualTo("gold");
    }

    @Test
    void aHeadSheetIsAddedAndOpensForDrawing() {
        Customer c = customerWithAllergy();
        Visit visit = karte.save(new Visit(null, c.id(), currentStoreId(), null, java.time.LocalDate.now(clock), null,
                null, Instant.now(), Instant.now(), java.util.List.of(), java.util.Set.of(), 0));
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        var strip = view.photoStrip(visit);
        view.add(strip);

        test($(Button.class).withId("visit-sheet-" + visit.id()).single()).click();
        test($(Button.class).withId("sheet-template-head").single()).click();

        var added = photos.photos(visit.id());
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isTrue();
            assertThat(p.sheetTemplate()).isEqualTo(jp.salonkarte.karte.drawing.SheetTemplate.HEAD);
        });
        assertThat($(DrawingCanvas.class).single().getElement().getProperty("src"))
                .as("the drawing opens on the sheet").isEqualTo("photos/" + added.getFirst().displayKey());
        assertThat(view.photoStrip(visit).getElement().getTextRecursively()).as("sheets are not photos")
                .contains("写真 0/12");
    }

    @Test
    void inTheViewerAPhotoMovesEarlierAndIsDeletedAfterConfirming() throws Exception {
        Customer c = customerWithAllergy();
        Visit visit = karte.save(new Visit(null, c.id(), currentStoreId(), null, java.time.LocalDate.now(clock), null,
                null, Instant.now(), Instant.now(), java.util.List.of(), java.util.Set.of(), 0));
        var first = photos.add(visit.id(), png(300, 200));
        var second = photos.add(visit.id(), png(310, 200));
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        view.add(view.photoStrip(visit));
        test($(com.vaadin.flow.component.html.Image.class).withId("visit-thumb-" + visit.id() + "-1").single()).click();

        test($(Button.class).withId("photo-viewer-move-earlier").single()).click();
        assertThat(photos.photos(visit.id())).extracting(p -> p.id()).containsExactly(second.id(), first.id());
        var image = $(com.vaadin.flow.component.html.Image.class).withId("photo-viewer-image").single();
        assertThat(image.getSrc()).as("still showing the moved photo").isEqualTo("photos/" + second.displayKey());

        test($(Button.class).withId("photo-viewer-delete").single()).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("photo-delete-confirm")
                .single();
        test(confirm).cancel();
        assertThat(photos.photos(visit.id())).hasSize(2);
        test($(Button.class).withId("photo-viewer-delete").single()).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withId("photo-delete-confirm").last())
                .confirm();
        assertThat(photos.photos(visit.id())).extracting(p -> p.id()).containsExactly(first.id());
        assertThat(image.getSrc()).isEqualTo("photos/" + first.displayKey());
    }

    @Test
    void theCameraLaysTheLastVisitsPhotoOverTheLivePicture() throws Exception {
        Customer c = customerWithAllergy();
        Visit lastTime = karte.save(new Visit(null, c.id(), currentStoreId(), null,
                java.time.LocalDate.now(clock).minusDays(30), null, null, Instant.now(), Instant.now(),
                java.util.List.of(), java.util.Set.of(), 0));
        Visit today = karte.save(new Visit(null, c.id(), currentStoreId(), null, java.time.LocalDate.now(clock), null,
                null, Instant.now(), Instant.now(), java.util.List.of(), java.util.Set.of(), 0));
        var front = photos.add(lastTime.id(), png(300, 400));
        var side = photos.add(lastTime.id(), png(320, 400));
        KarteView view = navigate(KarteView.class, Map.of("customerId", String.valueOf(c.id())));
        assertThat(view.photoStrip(lastTime).getChildren().anyMatch(ch -> ch.getId().orElse("")
                .startsWith("visit-ghost-camera"))).as("nothing earlier to match").isFalse();
        view.add(view.photoStrip(today));

        test($(Button.class).withId("visit-ghost-camera-" + today.id()).single()).click();

        GhostCamera camera = $(GhostCamera.class).single();
        assertThat(camera.getElement().getProperty("ghost")).isEqualTo("photos/" + front.displayKey());
        assertThat(camera.getElement().getAttribute("target")).as("an upload URL").isNotBlank();
        test($(com.vaadin.flow.component.html.Image.class).withId("ghost-choice-1").single()).click();
        assertThat(camera.getElement().getProperty("ghost")).isEqualTo("photos/" + side.displayKey());
    }

    @Autowired jp.salonkarte.karte.photo.PhotoService photos;
    @Autowired jp.salonkarte.store.StoreService stores;

    private long currentStoreId() {
        return stores.currentStore().orElseThrow().id();
    }

    private static byte[] png(int w, int h) throws Exception {
        var image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
