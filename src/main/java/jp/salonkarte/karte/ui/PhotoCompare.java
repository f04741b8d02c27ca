package jp.salonkarte.karte.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;

import jp.salonkarte.karte.photo.PhotoService.DatedPhoto;

/**
 * Two photos of a customer side by side, any two: by default the last visit's first photo on
 * the right and the visit before's on the left ("last time vs today", before/after).
 */
class PhotoCompare extends Dialog {

    final Select<DatedPhoto> left = new Select<>();
    final Select<DatedPhoto> right = new Select<>();
    final Image leftImage = new Image();
    final Image rightImage = new Image();

    PhotoCompare(List<DatedPhoto> photos) {
        setId("photo-compare");
        setHeaderTitle(getTranslation("photo.compare"));
        setWidth("100vw");
        setHeight("100vh");
        for (Select<DatedPhoto> select : List.of(left, right)) {
            select.setItems(photos);
            select.setItemLabelGenerator(p -> p.visitedOn().format(jp.salonkarte.base.DateFormats.day(getLocale())) + " "
                    + getTranslation("photo.alt", p.photo().position() + 1));
        }
        left.setId("photo-compare-left");
        right.setId("photo-compare-right");
        leftImage.setId("photo-compare-left-image");
        rightImage.setId("photo-compare-right-image");
        left.addValueChangeListener(e -> leftImage.setSrc("photos/" + e.getValue().photo().shownDisplayKey()));
        right.addValueChangeListener(e -> rightImage.setSrc("photos/" + e.getValue().photo().shownDisplayKey()));
        DatedPhoto newest = photos.getFirst();
        DatedPhoto before = photos.stream().filter(p -> p.photo().visitId() != newest.photo().visitId()).findFirst()
                .orElse(photos.size() > 1 ? photos.get(1) : newest);
        left.setValue(before);
        right.setValue(newest);
        Div leftSide = new Div(left, leftImage);
        Div rightSide = new Div(right, rightImage);
        leftSide.addClassName("compare-side");
        rightSide.addClassName("compare-side");
        Div sides = new Div(leftSide, rightSide);
        sides.addClassName("compare-sides");
        add(sides);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("photo-compare-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        Objects.requireNonNull(newest);
    }
}
