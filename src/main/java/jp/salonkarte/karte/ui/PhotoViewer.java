package jp.salonkarte.karte.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.salonkarte.karte.photo.PhotoService;

/**
 * A visit's photos full screen, one at a time: swipe or the big buttons for the previous and
 * next, handwriting, moving a photo earlier or later, and deleting it (after a confirmation).
 */
class PhotoViewer extends Dialog {

    private final List<PhotoService.Photo> photos;
    private final PhotoService service;
    private final Runnable onChange;
    /** Told the first time each photo is shown here (the audit log, DD034). */
    private final java.util.function.Consumer<PhotoService.Photo> onFirstShown;
    private final java.util.Set<Long> shown = new java.util.HashSet<>();
    private final Image image = new Image();
    private final Span position = new Span();
    private int index;

    PhotoViewer(List<PhotoService.Photo> photos, int index, PhotoService service, Runnable onChange,
            java.util.function.Consumer<PhotoService.Photo> onFirstShown) {
        this.photos = new java.util.ArrayList<>(photos);
        this.service = service;
        this.onChange = onChange;
        this.onFirstShown = onFirstShown;
        this.index = index;
        setId("photo-viewer");
        addClassName("photo-viewer");
        setWidth("100vw");
        setHeight("100vh");
        image.setId("photo-viewer-image");
        image.addClassName("photo-viewer-image");
        Button previous = new Button(new Icon(VaadinIcon.ANGLE_LEFT), e -> show(this.index - 1));
        previous.setId("photo-viewer-previous");
        previous.setAriaLabel(getTranslation("photo.previous"));
        Button next = new Button(new Icon(VaadinIcon.ANGLE_RIGHT), e -> show(this.index + 1));
        next.setId("photo-viewer-next");
        next.setAriaLabel(getTranslation("photo.next"));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("photo-viewer-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        Button draw = new Button(getTranslation("drawing.open"), new Icon(VaadinIcon.PENCIL), e -> draw());
        draw.setId("photo-viewer-draw");
        Button earlier = new Button(new Icon(VaadinIcon.ARROW_BACKWARD), e -> move(-1));
        earlier.setId("photo-viewer-move-earlier");
        earlier.setAriaLabel(getTranslation("photo.move-earlier"));
        earlier.setTooltipText(getTranslation("photo.move-earlier"));
        Button later = new Button(new Icon(VaadinIcon.ARROW_FORWARD), e -> move(1));
        later.setId("photo-viewer-move-later");
        later.setAriaLabel(getTranslation("photo.move-later"));
        later.setTooltipText(getTranslation("photo.move-later"));
        Button delete = new Button(new Icon(VaadinIcon.TRASH), e -> confirmDelete());
        delete.setId("photo-viewer-delete");
        delete.setAriaLabel(getTranslation("photo.delete"));
        delete.setTooltipText(getTranslation("photo.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR);
        add(image);
        getFooter().add(previous, position, next, draw, earlier, later, delete, close);
        swipe();
        show(index);
    }

    /**
     * A horizontal swipe over the photo shows the next or previous one. The gesture is read in
     * the browser (pointer down to up) and only its direction comes to the server.
     */
    private void swipe() {
        jp.salonkarte.base.ui.Swipe.onHorizontal(image, 60, direction -> show(index + direction));
    }

    int index() {
        return index;
    }

    private void move(int direction) {
        long id = photos.get(index).id();
        List<PhotoService.Photo> reordered = service.move(id, direction);
        photos.clear();
        photos.addAll(reordered);
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).id() == id) {
                index = i;
            }
        }
        show(index);
        onChange.run();
    }

    private void confirmDelete() {
        PhotoService.Photo photo = photos.get(index);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("photo-delete-confirm");
        confirm.setHeader(getTranslation("photo.delete"));
        confirm.setText(getTranslation("photo.delete.text", index + 1));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("photo.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            service.delete(photo.id());
            photos.remove(photo);
            onChange.run();
            jp.salonkarte.base.ui.Notifications.success(getTranslation("photo.deleted"));
            if (photos.isEmpty()) {
                close();
            } else {
                show(index);
            }
        });
        confirm.open();
    }

    /** Handwriting over the current photo, full screen; saving flattens it on the server and shows it here. */
    void draw() {
        PhotoService.Photo photo = photos.get(index);
        DrawingCanvas canvas = new DrawingCanvas("photos/" + photo.displayKey(), photo.drawingJson());
        canvas.setId("drawing-canvas");
        canvas.setSizeFull();
        Dialog dialog = new Dialog(canvas);
        dialog.setId("drawing-dialog");
        dialog.setHeaderTitle(getTranslation(photo.sheet() ? "drawing.title.sheet" : "drawing.title"));
        dialog.setWidth("100vw");
        dialog.setHeight("100vh");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("drawing-cancel");
        dialog.getFooter().add(cancel);
        canvas.addSaveListener(e -> {
            try {
                PhotoService.Photo saved = service.saveDrawing(photo.id(),
                        jp.salonkarte.karte.drawing.Drawing.parse(e.json()));
                photos.set(index, saved);
                show(index);
                onChange.run();
                dialog.close();
                jp.salonkarte.base.ui.Notifications.success(getTranslation("drawing.saved"));
            } catch (jp.salonkarte.karte.drawing.Drawing.InvalidDrawingException ex) {
                jp.salonkarte.base.ui.Notifications.error(getTranslation("drawing.error.invalid"));
            }
        });
        dialog.open();
    }

    private void show(int i) {
        index = Math.floorMod(i, photos.size());
        image.setSrc("photos/" + photos.get(index).shownDisplayKey());
        image.setAlt(getTranslation(photos.get(index).sheet() ? "sheet.alt" : "photo.alt", index + 1));
        position.setText((index + 1) + " / " + photos.size());
        if (shown.add(photos.get(index).id())) {
            onFirstShown.accept(photos.get(index));
        }
    }
}
