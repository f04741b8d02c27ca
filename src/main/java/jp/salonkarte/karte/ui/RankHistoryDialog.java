package jp.salonkarte.karte.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.base.DateFormats;

/** The karte medal's details: the customer's R, F and M scores and how their rank changed. */
final class RankHistoryDialog {

    private RankHistoryDialog() {
    }

    static Dialog open(Component on, RfmRanks.Score score, List<RfmRanks.Change> history) {
        Dialog dialog = new Dialog();
        dialog.setId("karte-rank-dialog");
        dialog.setHeaderTitle(on.getTranslation("karte.rank.history"));
        Paragraph now = new Paragraph(on.getTranslation("karte.rank", score.rankName(), score.recency(),
                score.frequency(), score.monetary()));
        now.setId("karte-rank-now");
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("karte-rank-history");
        if (history.isEmpty()) {
            rows.add(new Span(on.getTranslation("karte.rank.history.none")));
        }
        for (RfmRanks.Change c : history) {
            rows.add(new Span(on.getTranslation("karte.rank.history.row",
                    DateFormats.day(UI.getCurrent().getLocale()).format(c.since()),
                    c.rankName() == null ? on.getTranslation("rfm.noRank") : c.rankName())));
        }
        dialog.add(now, rows);
        Button close = new Button(on.getTranslation("reports.close"), e -> dialog.close());
        close.setId("karte-rank-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
