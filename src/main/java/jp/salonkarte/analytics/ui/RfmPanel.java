package jp.salonkarte.analytics.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.analytics.ContactList;
import jp.salonkarte.analytics.CustomerList;
import jp.salonkarte.analytics.ReportScope;
import jp.salonkarte.analytics.ReportSettings;
import jp.salonkarte.analytics.RfmRanks;
import jp.salonkarte.base.ui.Notifications;

/**
 * RFM ranks on the reports screen: 「今日連絡したいお客様 N人」 first (what the front desk acts on),
 * then, for owners and managers, how many customers each rank has (a tap lists them), when the
 * ranks were computed, 今すぐ再計算, ランク設定 and 集計の設定. Ids: {@code contact-open},
 * {@code rfm-rank-<n>}, {@code rfm-recompute}, {@code rfm-settings}, {@code reports-settings}.
 */
class RfmPanel extends VerticalLayout {

    final Button contactOpen = new Button();
    final HorizontalLayout ranks = new HorizontalLayout();
    private final Span computed = new Span();
    private final RfmRanks rfm;
    private final ContactList contacts;
    private final CustomerList customerList;
    private final ReportCsv csv;
    private final boolean manages;
    private @Nullable ReportScope scope;
    private List<ContactList.Candidate> candidates = List.of();

    RfmPanel(RfmRanks rfm, ContactList contacts, ReportSettings settings, CustomerList customerList, ReportCsv csv,
            boolean manages, Runnable settingsSaved) {
        this.rfm = rfm;
        this.contacts = contacts;
        this.customerList = customerList;
        this.csv = csv;
        this.manages = manages;
        setPadding(false);
        contactOpen.setId("contact-open");
        contactOpen.setIcon(new Icon(VaadinIcon.PHONE));
        contactOpen.addThemeVariants(ButtonVariant.PRIMARY);
        contactOpen.addClickListener(e -> {
            if (scope != null) {
                new ContactDialog(candidates, contacts, scope.storeId(), csv, this::refresh).open();
            }
        });
        Button contactInfo = info("contact-info", "contact.title", () -> ReportDefinitions.show("contact.title",
                settings.of(scope.storeId()).contactOverdueDays()));
        HorizontalLayout contactRow = new HorizontalLayout(contactOpen, contactInfo);
        contactRow.setAlignItems(FlexComponent.Alignment.CENTER);
        add(contactRow);
        if (manages) {
            Button rfmInfo = info("rfm-info", "rfm.title", () -> ReportDefinitions.show("rfm.title"));
            computed.setId("rfm-computed");
            computed.addClassName("report-card-compare");
            HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("rfm.title")), rfmInfo, computed);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            ranks.setId("rfm-ranks");
            ranks.getStyle().set("flex-wrap", "wrap");
            Button recompute = new Button(getTranslation("rfm.recompute"), new Icon(VaadinIcon.REFRESH), e -> {
                int scored = rfm.recompute(scope.storeId());
                Notifications.success(getTranslation("rfm.recomputed", scored));
                refresh();
            });
            recompute.setId("rfm-recompute");
            Button rankSettings = new Button(getTranslation("rfm.settings"), new Icon(VaadinIcon.MEDAL),
                    e -> new RankSettingsDialog(rfm, scope.storeId(), this::refresh).open());
            rankSettings.setId("rfm-settings");
            Button reportSettings = new Button(getTranslation("reports.settings"), new Icon(VaadinIcon.COG),
                    e -> new ReportSettingsDialog(settings, scope.storeId(), () -> {
                        refresh();
                        settingsSaved.run();
                    }).open());
            reportSettings.setId("reports-settings");
            HorizontalLayout tools = new HorizontalLayout(recompute, rankSettings, reportSettings);
            tools.getStyle().set("flex-wrap", "wrap");
            add(head, ranks, tools);
        }
    }

    private Button info(String id, String key, Runnable show) {
        Button info = new Button(new Icon(VaadinIcon.INFO_CIRCLE_O), e -> show.run());
        info.setId(id);
        info.addThemeVariants(ButtonVariant.TERTIARY);
        info.setAriaLabel(getTranslation("reports.definition", getTranslation(key)));
        return info;
    }

    /** Shows the ranks and contacts of this scope; they do not depend on the period, so the same scope is not asked again. */
    void show(ReportScope newScope) {
        if (newScope.equals(scope)) {
            return;
        }
        scope = newScope;
        refresh();
    }

    private void refresh() {
        if (scope == null) {
            return;
        }
        candidates = contacts.today(scope);
        contactOpen.setText(candidates.isEmpty() ? getTranslation("contact.none")
                : getTranslation("contact.open", candidates.size()));
        if (!manages) {
            return;
        }
        computed.setText(rfm.computedOn(scope.storeId())
                .map(d -> getTranslation("rfm.computedOn", Periods.dayLabel(d, getLocale())))
                .orElse(getTranslation("rfm.never")));
        ranks.removeAll();
        Map<String, String> colors = new java.util.HashMap<>();
        rfm.ranks(scope.storeId()).forEach(r -> colors.put(r.name(), r.color()));
        int n = 0;
        for (var e : rfm.customersByRank(scope.storeId()).entrySet()) {
            String name = e.getKey() == null ? getTranslation("rfm.noRank") : e.getKey();
            List<Long> ids = e.getValue();
            Icon medal = new Icon(VaadinIcon.CIRCLE);
            medal.setColor(e.getKey() == null ? "var(--lumo-contrast-30pct)" : colors.getOrDefault(e.getKey(), "currentColor"));
            Button b = new Button(name + " " + getTranslation("reports.count", ids.size()), medal,
                    click -> new CustomerDrillDialog(name, customerList.rows(scope.storeId(), ids), csv).open());
            b.setId("rfm-rank-" + n++);
            b.setEnabled(!ids.isEmpty());
            ranks.add(b);
        }
    }
}
