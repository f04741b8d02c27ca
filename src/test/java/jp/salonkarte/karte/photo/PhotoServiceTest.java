package jp.salonkarte.karte.photo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Twelve photos a visit, stored by content, served to staff only, on MariaDB and a temp directory. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class PhotoServiceTest {

    @Autowired java.time.Clock clock;
    @Autowired PhotoService photos;
    @Autowired KarteService karte;
    @Autowired CustomerService customers;
    @Autowired StoreService stores;
    @Autowired WebApplicationContext context;

    private Visit visit() {
        Customer c = customers.save(Customer.create("写真", "多恵", "シャシン", "タエ", Instant.now()));
        return karte.save(new Visit(null, c.id(), stores.currentStore().orElseThrow().id(), null,
                LocalDate.now(clock).minusDays(1), null, null, Instant.now(), Instant.now(), List.of(), Set.of(), 0));
    }

    @Test
    void twelvePhotosFitAVisitAndTheThirteenthIsRefusedWithNothingStored() throws Exception {
        Visit v = visit();
        for (int i = 0; i < PhotoService.MAX_PER_VISIT; i++) {
            photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(64 + i, 48), "jpeg"));
        }
        assertThatThrownBy(() -> photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(90, 48), "jpeg")))
                .hasMessage("photo.error.too-many");
        assertThat(photos.photos(v.id())).hasSize(12).extracting(PhotoService.Photo::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 12).boxed().toList());
    }

    @Test
    void aBadFileAddsNoRow() {
        Visit v = visit();
        assertThatThrownBy(() -> photos.add(v.id(), "GIF89a".getBytes())).hasMessage("photo.error.not-image");
        assertThat(photos.photos(v.id())).isEmpty();
    }

    @Test
    void photosAreServedToLoggedInStaffOnlyWithLongPrivateCaching() throws Exception {
        Visit v = visit();
        PhotoService.Photo photo = photos.add(v.id(), TestImages.jpegWithOrientation(
                TestImages.redLeftBlueRight(120, 60), 6));
        assertThat(photo.width()).isEqualTo(60);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(get("/photos/" + photo.thumbnailKey()).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/photos/" + photo.thumbnailKey())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("staff@example.com").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, private, immutable"))
                .andExpect(header().string("ETag", "\"" + photo.thumbnailKey() + "\""));
        mvc.perform(get("/photos/" + "0".repeat(64))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("staff@example.com").roles("STAFF")))
                .andExpect(status().isNotFound());
    }

    @Test
    void handwritingIsKeptAsVectorsAndFlattenedIntoNewImagesAndCanBeRemoved() throws Exception {
        Visit v = visit();
        PhotoService.Photo photo = photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(800, 600), "png"));
        var drawing = jp.salonkarte.karte.drawing.Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"#00FF00","width":30,"points":[[0.1,0.1],[0.9,0.9]]}]}""");

        PhotoService.Photo drawn = photos.saveDrawing(photo.id(), drawing);

        assertThat(drawn.drawingJson()).contains("#00FF00");
        assertThat(drawn.shownDisplayKey()).isNotEqualTo(photo.displayKey());
        assertThat(drawn.displayKey()).as("the photo itself stays").isEqualTo(photo.displayKey());
        var shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                photos.file(drawn.shownDisplayKey()).orElseThrow()));
        var green = new java.awt.Color(shown.getRGB(400, 300));
        assertThat(green.getGreen()).isGreaterThan(200);
        assertThat(green.getRed()).isLessThan(60);
        assertThat(photos.file(drawn.shownThumbnailKey())).isPresent();

        PhotoService.Photo cleared = photos.saveDrawing(photo.id(),
                jp.salonkarte.karte.drawing.Drawing.parse("{\"version\":1,\"strokes\":[]}"));
        assertThat(cleared.shownDisplayKey()).isEqualTo(photo.displayKey());
        assertThat(cleared.drawingJson()).isNull();
    }

    @Test
    void sheetsAreDrawnOnLikePhotosButDoNotCountAgainstTheTwelve() throws Exception {
        Visit v = visit();
        for (int i = 0; i < PhotoService.MAX_PER_VISIT; i++) {
            photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(64 + i, 48), "jpeg"));
        }
        PhotoService.Photo sheet = photos.addSheet(v.id(), jp.salonkarte.karte.drawing.SheetTemplate.HEAD);
        assertThat(sheet.sheet()).isTrue();
        assertThat(sheet.sheetTemplate()).isEqualTo(jp.salonkarte.karte.drawing.SheetTemplate.HEAD);
        assertThat(sheet.position()).isEqualTo(12);
        assertThat(photos.file(sheet.thumbnailKey())).as("served like a photo").isPresent();
        for (int i = 1; i < PhotoService.MAX_SHEETS; i++) {
            photos.addSheet(v.id(), jp.salonkarte.karte.drawing.SheetTemplate.BLANK);
        }
        assertThatThrownBy(() -> photos.addSheet(v.id(), jp.salonkarte.karte.drawing.SheetTemplate.HANDS))
                .hasMessage("sheet.error.too-many");
        assertThat(photos.photos(v.id())).hasSize(12 + PhotoService.MAX_SHEETS);

        var drawn = photos.saveDrawing(sheet.id(), jp.salonkarte.karte.drawing.Drawing.parse("""
                {"version":1,"strokes":[{"tool":"PEN","color":"#FF0000","width":20,"points":[[0.5,0.1],[0.5,0.9]]}]}"""));
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                photos.file(drawn.shownDisplayKey()).orElseThrow()));
        assertThat(new java.awt.Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2)).getRed())
                .isGreaterThan(200);
    }

    @Test
    void photosMoveByOnePlaceAndDeletingOneKeepsTheOthersInOrder() throws Exception {
        Visit v = visit();
        long a = photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(60, 40), "jpeg")).id();
        long b = photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(70, 40), "jpeg")).id();
        long c = photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(80, 40), "jpeg")).id();

        assertThat(photos.move(c, -1)).extracting(PhotoService.Photo::id).containsExactly(a, c, b);
        assertThat(photos.move(a, -1)).as("the first stays first").extracting(PhotoService.Photo::id)
                .containsExactly(a, c, b);
        assertThat(photos.move(a, 1)).extracting(PhotoService.Photo::id).containsExactly(c, a, b);

        photos.delete(a);
        assertThat(photos.photos(v.id())).extracting(PhotoService.Photo::id).containsExactly(c, b);
        photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(90, 40), "jpeg"));
        assertThat(photos.photos(v.id())).hasSize(3).last().extracting(PhotoService.Photo::width).isEqualTo(90);
    }

    @Test
    void theCameraOverlayUsesTheLastEarlierVisitWithPhotos() throws Exception {
        Visit older = visit();
        long customerId = older.customerId();
        long storeId = older.storeId();
        Visit middle = karte.save(new Visit(null, customerId, storeId, null, LocalDate.now(clock).minusDays(60), null, null,
                Instant.now(), Instant.now(), List.of(), Set.of(), 0));
        Visit today = karte.save(new Visit(null, customerId, storeId, null, LocalDate.now(clock), null, null,
                Instant.now(), Instant.now(), List.of(), Set.of(), 0));
        // "older" is yesterday: the newest visit before today with photos
        long first = photos.add(older.id(), TestImages.encode(TestImages.redLeftBlueRight(61, 40), "jpeg")).id();
        long second = photos.add(older.id(), TestImages.encode(TestImages.redLeftBlueRight(62, 40), "jpeg")).id();
        photos.add(middle.id(), TestImages.encode(TestImages.redLeftBlueRight(63, 40), "jpeg"));
        photos.addSheet(older.id(), jp.salonkarte.karte.drawing.SheetTemplate.BLANK);

        assertThat(photos.previousVisitPhotos(today.id())).extracting(PhotoService.Photo::id)
                .as("photos only, of yesterday's visit, in order").containsExactly(first, second);
        assertThat(photos.previousVisitPhotos(middle.id())).isEmpty();
    }

    @Test
    void theJanitorDeletesOnlyOldFilesThatNoPhotoUses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        FileSystemPhotoStorage storage = new FileSystemPhotoStorage(dir);
        String used = storage.put("used".getBytes());
        String orphan = storage.put("orphan".getBytes());
        String fresh = storage.put("fresh".getBytes());
        var longAgo = java.nio.file.attribute.FileTime.from(Instant.now().minus(java.time.Duration.ofDays(3)));
        for (String key : List.of(used, orphan)) {
            java.nio.file.Files.setLastModifiedTime(file(dir, key), longAgo);
        }
        java.nio.file.Path partial = file(dir, used).resolveSibling(used + "123.part");
        java.nio.file.Files.write(partial, new byte[] {1});
        java.nio.file.Files.setLastModifiedTime(partial, longAgo);

        int deleted = storage.sweep(Set.of(used)::contains, Instant.now().minus(PhotoJanitor.GRACE));

        assertThat(deleted).isEqualTo(2);
        assertThat(storage.get(used)).isPresent();
        assertThat(storage.get(fresh)).as("stored within the last day: maybe an upload in progress").isPresent();
        assertThat(storage.get(orphan)).isEmpty();
        assertThat(partial).doesNotExist();

        // Storing the same bytes again makes the file new, so it survives the next sweep.
        String again = storage.put("used".getBytes());
        assertThat(java.nio.file.Files.getLastModifiedTime(file(dir, again)).toInstant())
                .isAfter(Instant.now().minus(java.time.Duration.ofMinutes(1)));
    }

    @Test
    void theNightlySweepKeepsEveryFileAPhotoRowUses(@Autowired PhotoJanitor janitor) throws Exception {
        Visit v = visit();
        PhotoService.Photo photo = photos.add(v.id(), TestImages.encode(TestImages.redLeftBlueRight(66, 44), "jpeg"));
        janitor.sweep();
        assertThat(photos.keysInUse()).contains(photo.thumbnailKey(), photo.displayKey());
        assertThat(photos.file(photo.thumbnailKey())).isPresent();
        assertThat(photos.file(photo.displayKey())).isPresent();
    }

    private static java.nio.file.Path file(java.nio.file.Path root, String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
