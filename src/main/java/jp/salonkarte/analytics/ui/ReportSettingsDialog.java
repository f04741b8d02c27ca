package jp.salonkarte.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import jp.salonkarte.analytics.CustomerFigures;
import jp.salonkarte.analytics.ReportSettings;
import jp.salonkarte.base.UserMessageException;
import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.base.ui.UserMessages;

/**
 * 集計の設定 (owner and manager): the 新規再来率 window the screen opens with, the months that make
 * a customer lapsed, the days past their cycle for the contact list, and the weekly mail. Ids:
 * {@code settings-return-days}, {@code settings-lapse-months}, {@code settings-overdue},
 * {@code settings-weekly-mail}, {@code settings-save}.
 */
class ReportSettingsDialog extends Dialog {

    final Select<Integer> returnDays = new Select<>();
    final IntegerField lapseMonths = new IntegerField();
    final IntegerField overdue = new IntegerField();
    final Checkbox weeklyMail = new Checkbox();

    ReportSettingsDialog(ReportSettings settings, long storeId, Runnable saved) {
        setId("reports-settings-dialog");
        setHeaderTitle(getTranslation("reports.settings"));
        ReportSettings.Values v = settings.of(storeId);
        returnDays.setId("settings-return-days");
        returnDays.setLabel(getTranslation("reports.settings.returnDays"));
        returnDays.setItems(CustomerFigures.RETURN_DAYS);
        returnDays.setItemLabelGenerator(d -> getTranslation("reports.returnDays.option", d));
        returnDays.setValue(v.returnDays());
        lapseMonths.setId("settings-lapse-months");
        lapseMonths.setLabel(getTranslation("reports.settings.lapseMonths"));
        lapseMonths.setMin(2);
        lapseMonths.setMax(24);
        lapseMonths.setStepButtonsVisible(true);
        lapseMonths.getElement().setAttribute("inputmode", "numeric");
        lapseMonths.setValue(v.lapseMonths());
        overdue.setId("settings-overdue");
        overdue.setLabel(getTranslation("reports.settings.overdue"));
        overdue.setMin(0);
        overdue.setMax(180);
        overdue.setStepButtonsVisible(true);
        overdue.getElement().setAttribute("inputmode", "numeric");
        overdue.setValue(v.contactOverdueDays());
        weeklyMail.setId("settings-weekly-mail");
        weeklyMail.setLabel(getTranslation("reports.settings.weeklyMail"));
        weeklyMail.setValue(v.weeklyMail());
        FormLayout form = new FormLayout(returnDays, lapseMonths, overdue, weeklyMail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("reports.settings.save"), e -> {
            if (lapseMonths.getValue() == null || lapseMonths.isInvalid()) {
                Notifications.error(getTranslation("reports.settings.error.lapseMonths"));
                return;
            }
            if (overdue.getValue() == null || overdue.isInvalid()) {
                Notifications.error(getTranslation("reports.settings.error.overdue"));
                return;
            }
            try {
                settings.save(storeId, new ReportSettings.Values(returnDays.getValue(), lapseMonths.getValue(),
                        overdue.getValue(), weeklyMail.getValue()));
            } catch (UserMessageException ex) {
                UserMessages.show(this, ex);
                return;
            }
            Notifications.success(getTranslation("reports.settings.saved"));
            close();
            saved.run();
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("settings-cancel");
        getFooter().add(cancel, save);
    }
}
