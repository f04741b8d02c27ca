package jp.salonkarte.reservation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.ui.Languages;
import jp.salonkarte.store.Store;

/** What both public web booking pages share: the header (store name, language switch) and the client's address. */
final class WebBookingPages {

    private WebBookingPages() {
    }

    /** The address the rate limits count by (the proxy's, unless forward headers are configured). */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    /** The store's name with a subtitle, and the language switch. */
    static Div header(Component page, @Nullable Store store, String subtitleKey) {
        Button language = new Button(page.getTranslation("shell.language"), new Icon(VaadinIcon.GLOBE),
                e -> Languages.toggle(page.getUI().orElseThrow()));
        language.setId("webbook-language");
        language.addThemeVariants(ButtonVariant.TERTIARY);
        language.addClassName("webbook-language");
        H1 title = new H1(store == null ? "Salon Karte" : store.name());
        title.addClassName("webbook-title");
        Span subtitle = new Span(page.getTranslation(subtitleKey));
        subtitle.addClassName("webbook-muted");
        Div header = new Div(language, title, subtitle);
        header.addClassName("webbook-header");
        return header;
    }

    /** A label and its value, one line of a booking summary. */
    static Div row(String labelKey, String value) {
        Span label = new Span();
        label.getElement().setText(label.getTranslation(labelKey));
        label.addClassName("webbook-row-label");
        Span v = new Span(value);
        v.addClassName("webbook-row-value");
        Div row = new Div(label, v);
        row.addClassName("webbook-row");
        return row;
    }
}
