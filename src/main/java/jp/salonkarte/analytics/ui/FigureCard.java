package jp.salonkarte.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.jspecify.annotations.Nullable;

/**
 * One figure on the reports screen: its name with the (i) that opens its definition
 * ({@code <key>.definition}), the value, and a line under it; optionally 「一覧」 for the list behind
 * it. Ids: {@code <id>} on the value, {@code <id>-info}, {@code <id>-detail}, {@code <id>-card},
 * {@code <id>-list}.
 */
final class FigureCard extends Div {

    private final HorizontalLayout head;
    private final Span number;
    private final String id;

    FigureCard(String key, String id, String value, @Nullable String detail) {
        this.id = id;
        String name = getTranslation(key);
        Span label = new Span(name);
        label.addClassName("report-card-name");
        Button info = new Button(new Icon(VaadinIcon.INFO_CIRCLE_O), e -> ReportDefinitions.show(key));
        info.setId(id + "-info");
        info.addThemeVariants(ButtonVariant.TERTIARY);
        info.setAriaLabel(getTranslation("reports.definition", name));
        number = new Span(value);
        number.setId(id);
        number.addClassName("report-card-value");
        head = new HorizontalLayout(label, info);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setSpacing(false);
        add(head, number);
        if (detail != null) {
            Span line = new Span(detail);
            line.setId(id + "-detail");
            line.addClassName("report-card-compare");
            add(line);
        }
        addClassName("report-card");
        setId(id + "-card");
    }

    void setValue(String value) {
        number.setText(value);
    }

    /** A second line under the value, {@code <id>-compare}: the same figure in the period before and last year. */
    FigureCard withCompare(String text) {
        Span line = new Span(text);
        line.setId(id + "-compare");
        line.addClassName("report-card-compare");
        add(line);
        return this;
    }

    /** Adds 「一覧」 ({@code <id>-list}) to the head, which opens the list behind the figure. */
    FigureCard withList(Runnable open) {
        Button list = new Button(getTranslation("reports.list"), new Icon(VaadinIcon.LIST), e -> open.run());
        list.setId(id + "-list");
        list.addThemeVariants(ButtonVariant.TERTIARY);
        head.add(list);
        return this;
    }
}
