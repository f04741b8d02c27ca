package jp.salonkarte.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A screen whose feature is not built yet says so plainly instead of showing nothing. */
public abstract class ComingSoon extends VerticalLayout {

    protected ComingSoon(String titleKey, String textKey) {
        addClassName("coming-soon");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
    }
}
