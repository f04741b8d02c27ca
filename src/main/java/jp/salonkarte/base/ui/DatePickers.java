package jp.salonkarte.base.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that speak the UI language: in Japanese the calendar shows 1月…12月, 日…土, 今日 and
 * キャンセル, and dates read and parse as 2026/11/24 (the Vaadin defaults are English).
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Applies the UI language's calendar texts and date format; returns the picker for chaining. */
    public static DatePicker localized(DatePicker picker) {
        java.util.Locale locale = picker.getLocale();
        if (locale != null && !"ja".equals(locale.getLanguage())) {
            return picker;
        }
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"));
        i18n.setWeekdays(List.of("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"));
        i18n.setWeekdaysShort(List.of("日", "月", "火", "水", "木", "金", "土"));
        i18n.setToday("今日");
        i18n.setCancel("キャンセル");
        i18n.setFirstDayOfWeek(0);
        i18n.setDateFormats("yyyy/M/d", "yyyy-MM-dd", "M/d", "yyyyMMdd");
        picker.setI18n(i18n);
        return picker;
    }
}
