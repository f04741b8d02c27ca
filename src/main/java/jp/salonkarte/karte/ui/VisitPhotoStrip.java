package jp.salonkarte.karte.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.karte.Visit;
import jp.salonkarte.karte.drawing.SheetTemplate;
import jp.salonkarte.karte.photo.PhotoRejectedException;
import jp.salonkarte.karte.photo.PhotoService;

/**
 * A visit's pictures on its karte card: thumbnails of photos and drawing sheets (tap for the
 * full-screen viewer), and the ways to add more — the photo library, the camera, the live
 * camera over last visit's photo, a drawing sheet. After a change, {@code changed} refreshes the karte.
 */
final class VisitPhotoStrip {

    private final Component host;
    private final PhotoService photos;
    private final Runnable changed;
    private final AuditLog audit;

    VisitPhotoStrip(Component host, PhotoService photos, Runnable changed, AuditLog audit) {
        this.host = host;
        this.photos = photos;
        this.changed = changed;
        this.audit = audit;
    }

    /**
     * The visit's photos and drawing sheets as thumbnails (tap for full screen), and adding more:
     * from the library, the camera, the camera with the last visit's photo laid over it, or a sheet.
     */
    Div of(Visit visit) {
        List<PhotoService.Photo> list = photos.photos(visit.id());
        Div strip = new Div();
        strip.setId("visit-photos-" + visit.id());
        strip.addClassName("visit-photos");
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            PhotoService.Photo photo = list.get(i);
            Image thumb = new Image("photos/" + photo.shownThumbnailKey(),
                    host.getTranslation(photo.sheet() ? "sheet.alt" : "photo.alt", i + 1));
            thumb.addClassName("visit-thumb");
            if (photo.sheet()) {
                thumb.addClassName("visit-sheet");
            }
            thumb.setId("visit-thumb-" + visit.id() + "-" + i);
            thumb.addClickListener(e -> viewer(list, index, visit.customerId()).open());
            strip.add(thumb);
        }
        long photoCount = list.stream().filter(p -> !p.sheet()).count();
        long sheetCount = list.size() - photoCount;
        int room = (int) (PhotoService.MAX_PER_VISIT - photoCount);
        Span count = new Span(host.getTranslation("photo.count", photoCount, PhotoService.MAX_PER_VISIT));
        count.addClassName("visit-photo-count");
        strip.add(count);
        if (room > 0) {
            strip.add(upload(visit, room, false), upload(visit, room, true));
            List<PhotoService.Photo> previous = photos.previousVisitPhotos(visit.id());
            if (!previous.isEmpty()) {
                Button ghost = new Button(host.getTranslation("camera.open"), new Icon(VaadinIcon.CAMERA),
                        e -> openCamera(visit, previous));
                ghost.setId("visit-ghost-camera-" + visit.id());
                strip.add(ghost);
            }
        }
        if (sheetCount < PhotoService.MAX_SHEETS) {
            Button sheet = new Button(host.getTranslation("sheet.add"), new Icon(VaadinIcon.FILE_TEXT_O),
                    e -> chooseSheet(visit));
            sheet.setId("visit-sheet-" + visit.id());
            strip.add(sheet);
        }
        return strip;
    }

    private PhotoViewer viewer(List<PhotoService.Photo> list, int index, long customerId) {
        return new PhotoViewer(list, index, photos, () -> changed.run(),
                photo -> audit.record(jp.salonkarte.audit.AuditKind.PHOTO_VIEWED, customerId, "photo=" + photo.id()));
    }

    /**
     * Adds an uploaded or camera photo to the visit; a refused file gets its reason and changes
     * nothing. With {@code refresh} the card shows it at once; the library upload refreshes only
     * when all its files are in, since re-rendering the card would cut off the files still uploading.
     */
    private UploadHandler photoHandler(Visit visit, boolean refresh) {
        return UploadHandler.inMemory((meta, bytes) -> {
            try {
                photos.add(visit.id(), bytes);
            } catch (PhotoRejectedException e) {
                Notifications.error(host.getTranslation("photo.rejected", meta.fileName(), UserMessages.text(host, e)));
                return;
            }
            if (refresh) {
                changed.run();
            }
        });
    }


    /** Several photos at once from the library, or one straight from the camera ({@code capture}). */
    private Upload upload(Visit visit, int room, boolean camera) {
        Upload upload = new Upload();
        upload.setId((camera ? "visit-camera-" : "visit-upload-") + visit.id());
        upload.addClassName("photo-upload");
        upload.setMaxFiles(camera ? 1 : room);
        upload.setMaxFileSize(30 * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png", ".heic");
        upload.setDropAllowed(false);
        if (camera) {
            upload.getElement().setProperty("capture", "environment");
        }
        Button button = new Button(host.getTranslation(camera ? "photo.camera" : "photo.add"),
                new Icon(camera ? VaadinIcon.CAMERA : VaadinIcon.PICTURE));
        upload.setUploadButton(button);
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(host.getTranslation("photo.error.too-large"))
                .setIncorrectFileType(host.getTranslation("photo.error.not-image"))
                .setTooManyFiles(host.getTranslation("photo.error.too-many")));
        upload.setI18n(i18n);
        upload.setUploadHandler(photoHandler(visit, false));
        upload.addAllFinishedListener(e -> changed.run());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        return upload;
    }

    /**
     * The live camera with one of the last visit's photos faded over it (the first; tap another
     * below to change), so before and after match. Stays open for several shots.
     */
    void openCamera(Visit visit, List<PhotoService.Photo> previous) {
        GhostCamera camera = new GhostCamera("photos/" + previous.getFirst().displayKey(), photoHandler(visit, true));
        camera.setId("ghost-camera");
        camera.setSizeFull();
        Div choices = new Div();
        choices.addClassName("ghost-choices");
        for (int i = 0; i < previous.size(); i++) {
            PhotoService.Photo p = previous.get(i);
            Image choice = new Image("photos/" + p.thumbnailKey(), host.getTranslation("photo.alt", i + 1));
            choice.setId("ghost-choice-" + i);
            choice.addClassName("ghost-choice");
            choice.addClickListener(e -> camera.getElement().setProperty("ghost", "photos/" + p.displayKey()));
            choices.add(choice);
        }
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(camera);
        dialog.setId("ghost-camera-dialog");
        dialog.setHeaderTitle(host.getTranslation("camera.title"));
        dialog.setWidth("100vw");
        dialog.setHeight("100vh");
        Button close = new Button(host.getTranslation("action.close"), e -> dialog.close());
        close.setId("ghost-camera-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(choices, close);
        camera.addTakenListener(e -> Notifications.success(host.getTranslation("camera.taken",
                photos.photos(visit.id()).stream().filter(p -> !p.sheet()).count(), PhotoService.MAX_PER_VISIT)));
        dialog.open();
    }

    /** Picks a sheet (blank, head, hands, face, eyes), adds it to the visit and opens it for drawing. */
    void chooseSheet(Visit visit) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("sheet-dialog");
        dialog.setHeaderTitle(host.getTranslation("sheet.add"));
        Div options = new Div();
        options.addClassName("sheet-options");
        for (SheetTemplate template : SheetTemplate.values()) {
            Button option = new Button(host.getTranslation("sheet.template." + template.name().toLowerCase(java.util.Locale.ROOT)),
                    e -> {
                        dialog.close();
                        PhotoService.Photo sheet = photos.addSheet(visit.id(), template);
                        changed.run();
                        List<PhotoService.Photo> list = photos.photos(visit.id());
                        PhotoViewer viewer = viewer(list, list.indexOf(sheet), visit.customerId());
                        viewer.open();
                        viewer.draw();
                    });
            option.setId("sheet-template-" + template.name().toLowerCase(java.util.Locale.ROOT));
            option.addClassName("sheet-option");
            options.add(option);
        }
        dialog.add(options);
        Button cancel = new Button(host.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("sheet-cancel");
        dialog.getFooter().add(cancel);
        dialog.open();
    }
}
