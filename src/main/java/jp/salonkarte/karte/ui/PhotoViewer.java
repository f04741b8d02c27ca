package jp.salonkarte.karte.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.salonkarte.karte.photo.PhotoService;

/** A visit's photos full screen, one at a time, with big previous/next buttons. */
class PhotoViewer extends Dialog {

    private final List<PhotoService.Photo> photos;
    private final PhotoService service;
    private final Runnable onChange;
    private final Image image = new Image();
    private final Span position = new Span();
    private int index;

    PhotoViewer(List<PhotoService.Photo> photos, int index, PhotoService service, Runnable onChange) {
        this.photos = new java.util.ArrayList<>(photos);
        this.service = service;
        this.onChange = onChange;
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
        add(image);
        getFooter().add(previous, position, next, draw, close);
        show(index);
    }

    /** Handwriting over the current photo, full screen; saving flattens it on the server and shows it here. */
    void draw() {
        PhotoService.Photo photo = photos.get(index);
        DrawingCanvas canvas = new DrawingCanvas("photos/" + photo.displayKey(), photo.drawingJson());
        canvas.setId("drawing-canvas");
        canvas.setSizeFull();
        Dialog dialog = new Dialog(canvas);
        dialog.setId("drawing-dialog");
        dialog.setHeaderTitle(getTranslation("drawing.title"));
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
            } catch (jp.salonkarte.karte.photo.PhotoRejectedException ex) {
                jp.salonkarte.base.ui.Notifications.error(getTranslation(ex.messageKey()));
            }
        });
        dialog.open();
    }

    private void show(int i) {
        index = Math.floorMod(i, photos.size());
        image.setSrc("photos/" + photos.get(index).shownDisplayKey());
        image.setAlt(getTranslation("photo.alt", index + 1));
        position.setText((index + 1) + " / " + photos.size());
    }
}
