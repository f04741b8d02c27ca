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
    private final Image image = new Image();
    private final Span position = new Span();
    private int index;

    PhotoViewer(List<PhotoService.Photo> photos, int index) {
        this.photos = photos;
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
        add(image);
        getFooter().add(previous, position, next, close);
        show(index);
    }

    private void show(int i) {
        index = Math.floorMod(i, photos.size());
        image.setSrc("photos/" + photos.get(index).displayKey());
        image.setAlt(getTranslation("photo.alt", index + 1));
        position.setText((index + 1) + " / " + photos.size());
    }
}
