package jp.salonkarte.analytics.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.base.UserMessageException;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;

/**
 * ランク設定: the store's named ranks, one row each (name, minimum R+F+M, medal colour from a
 * palette, whether its customers go on the contact list). Saving replaces them and recomputes
 * every customer's rank; a refused list keeps the dialog open with the message. Ids:
 * {@code rfm-rank-name-N}, {@code rfm-rank-score-N}, {@code rfm-rank-color-N},
 * {@code rfm-rank-contact-N}, {@code rfm-rank-remove-N}, {@code rfm-rank-add}, {@code rfm-save}.
 */
class RankSettingsDialog extends Dialog {

    /** The medal colours to choose from (a palette reads better on the karte than any colour). */
    static final Map<String, String> PALETTE = new LinkedHashMap<>();

    static {
        PALETTE.put("#5B6B7F", "PLATINUM");
        PALETTE.put("#B8860B", "GOLD");
        PALETTE.put("#8A8D91", "SILVER");
        PALETTE.put("#A0522D", "BRONZE");
        PALETTE.put("#C2185B", "ROSE");
        PALETTE.put("#1565C0", "BLUE");
        PALETTE.put("#2E7D32", "GREEN");
    }

    private record Row(TextField name, IntegerField minScore, Select<String> color, Checkbox contact) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final RfmRanks rfm;
    private final long storeId;
    private final Runnable saved;

    RankSettingsDialog(RfmRanks rfm, long storeId, Runnable saved) {
        this.rfm = rfm;
        this.storeId = storeId;
        this.saved = saved;
        setId("rfm-settings-dialog");
        setHeaderTitle(getTranslation("rfm.settings"));
        setWidth("min(96vw, 760px)");
        list.setPadding(false);
        rfm.ranks(storeId).forEach(this::addRow);
        Button add = new Button(getTranslation("rfm.rank.add"), new Icon(VaadinIcon.PLUS), e -> {
            if (rows.size() < RfmRanks.MAX_RANKS) {
                addRow(new RfmRanks.Rank("", 3, PALETTE.keySet().iterator().next(), false));
            }
        });
        add.setId("rfm-rank-add");
        add(list, add);
        Button save = new Button(getTranslation("rfm.save"), e -> save());
        save.setId("rfm-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("rfm-cancel");
        getFooter().add(cancel, save);
    }

    private void addRow(RfmRanks.Rank rank) {
        int n = rows.size();
        TextField name = new TextField(getTranslation("rfm.rank.name"));
        name.setValue(rank.name());
        name.setMaxLength(RfmRanks.NAME_MAX_LENGTH);
        name.setId("rfm-rank-name-" + n);
        IntegerField minScore = new IntegerField(getTranslation("rfm.rank.minScore"));
        minScore.setValue(rank.minScore());
        minScore.setMin(3);
        minScore.setMax(15);
        minScore.setStepButtonsVisible(true);
        minScore.getElement().setAttribute("inputmode", "numeric");
        minScore.setId("rfm-rank-score-" + n);
        Select<String> color = new Select<>();
        color.setLabel(getTranslation("rfm.rank.color"));
        List<String> colors = new ArrayList<>(PALETTE.keySet());
        if (!colors.contains(rank.color().toUpperCase(java.util.Locale.ROOT))) {
            colors.add(rank.color());
        }
        color.setItems(colors);
        color.setItemLabelGenerator(c -> PALETTE.containsKey(c) ? getTranslation("rfm.color." + PALETTE.get(c)) : c);
        color.setValue(rank.color().toUpperCase(java.util.Locale.ROOT));
        color.setId("rfm-rank-color-" + n);
        Checkbox contact = new Checkbox(getTranslation("rfm.rank.contact"), rank.contact());
        contact.setId("rfm-rank-contact-" + n);
        Row row = new Row(name, minScore, color, contact);
        HorizontalLayout line = new HorizontalLayout(name, minScore, color, contact);
        Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
            rows.remove(row);
            list.remove(e.getSource().getParent().orElseThrow());
        });
        remove.setId("rfm-rank-remove-" + n);
        remove.setAriaLabel(getTranslation("rfm.rank.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        rows.add(row);
        list.add(line);
    }

    private void save() {
        List<RfmRanks.Rank> ranks = new ArrayList<>();
        for (Row r : rows) {
            if (r.minScore().getValue() == null || r.minScore().isInvalid()) {
                Notifications.error(getTranslation("rfm.error.score"));
                return;
            }
            ranks.add(new RfmRanks.Rank(r.name().getValue(), r.minScore().getValue(),
                    r.color().getValue() == null ? "" : r.color().getValue(), r.contact().getValue()));
        }
        try {
            rfm.saveRanks(storeId, ranks);
        } catch (UserMessageException e) {
            UserMessages.show(this, e);
            return;
        }
        Notifications.success(getTranslation("rfm.saved"));
        close();
        saved.run();
    }
}
