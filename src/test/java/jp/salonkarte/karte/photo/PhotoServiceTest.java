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
class PhotoServiceTest {

    @Autowired PhotoService photos;
    @Autowired KarteService karte;
    @Autowired CustomerService customers;
    @Autowired StoreService stores;
    @Autowired WebApplicationContext context;

    private Visit visit() {
        Customer c = customers.save(Customer.create("写真", "多恵", "シャシン", "タエ", Instant.now()));
        return karte.save(new Visit(null, c.id(), stores.currentStore().orElseThrow().id(), null,
                LocalDate.now().minusDays(1), null, null, Instant.now(), Instant.now(), List.of(), Set.of(), 0));
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

        mvc.perform(get("/photos/" + photo.thumbnailKey()))
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
}
