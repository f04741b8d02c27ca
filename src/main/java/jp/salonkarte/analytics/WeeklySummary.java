package jp.salonkarte.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.SalonKarteProperties;
import jp.salonkarte.base.Yen;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailOutbox;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * The weekly summary mail to the owner (issue 14, 週次レポート): last week's (Monday to Sunday)
 * sales, 客数 and 客単価 against the week before, its new customers, the 新規再来率 of the newest
 * week whose return window has closed, the customers who became lapsed during the week, and a link
 * to the reports. Queued in the outbox (DD017), once per owner and week (the dedupe key), only
 * when the store's settings say so; a mail server that is down only delays it.
 */
@Service
@Access.Manager
public class WeeklySummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d(E)", Locale.JAPAN);
    static final int LAPSED_NAMES = 10;

    private final SalesReport sales;
    private final CustomerFigures figures;
    private final CustomerList customerList;
    private final ReportSettings settings;
    private final StoreService stores;
    private final StaffService staff;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String publicUrl;

    WeeklySummary(SalesReport sales, CustomerFigures figures, CustomerList customerList, ReportSettings settings,
            StoreService stores, StaffService staff, MailOutbox outbox, Clock clock, SalonKarteProperties properties) {
        this.sales = sales;
        this.figures = figures;
        this.customerList = customerList;
        this.settings = settings;
        this.stores = stores;
        this.staff = staff;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
    }

    /** Queues last week's summary for each active owner with a mail address; returns how many were queued. */
    @Transactional
    public int enqueue(long storeId) {
        ReportScope.checkStore(storeId);
        if (!settings.of(storeId).weeklyMail()) {
            return 0;
        }
        Store store = stores.find(storeId).orElseThrow();
        Period week = Period.week(LocalDate.now(clock)).previous();
        String subject = "【" + store.name() + "】週次レポート " + DAY.format(week.from()) + "〜" + DAY.format(week.to());
        String body = body(store, week);
        int queued = 0;
        for (Staff owner : staff.list(storeId)) {
            if (owner.role() == Role.OWNER && owner.active() && owner.email() != null
                    && outbox.enqueue(storeId, MailKind.WEEKLY_REPORT, null,
                            "WEEKLY:" + storeId + ":" + week.from() + ":" + owner.id(), owner.email(), subject, body)) {
                queued++;
            }
        }
        return queued;
    }

    /** The mail's text: plain, short lines that read on a phone. */
    String body(Store store, Period week) {
        ReportScope scope = ReportScope.store(store.id());
        SalesReport.Figures now = sales.figures(scope, week);
        SalesReport.Figures before = sales.figures(scope, week.previous());
        int returnDays = settings.of(store.id()).returnDays();
        // The newest week whose new customers have all had their full window to come back.
        Period settled = Period.week(week.to().minusDays(returnDays)).previous();
        CustomerFigures.Figures settledFigures = figures.figures(scope, settled, returnDays);
        CustomerFigures.Figures weekFigures = figures.figures(scope, week, returnDays);
        CustomerFigures.Behind lapsed = figures.behind(scope, week, returnDays, CustomerFigures.Figure.LAPSED);
        StringBuilder text = new StringBuilder();
        text.append(store.name()).append(" 先週（").append(DAY.format(week.from())).append("〜")
                .append(DAY.format(week.to())).append("）のまとめです。\n\n");
        text.append("売上（税込）　").append(Yen.format(now.sales())).append(change(now.sales(), before.sales())).append('\n');
        text.append("客数　　　　　").append(now.customers()).append("人").append(change(now.customers(), before.customers()))
                .append('\n');
        text.append("客単価　　　　").append(Yen.format(now.perCustomer()))
                .append(change(now.perCustomer(), before.perCustomer())).append('\n');
        text.append("　技術 ").append(Yen.format(now.servicePerCustomer())).append("・店販 ")
                .append(Yen.format(now.retailPerCustomer())).append('\n');
        text.append("新規のお客様　").append(weekFigures.newReturned().of()).append("人\n");
        text.append("新規再来率　　").append(percent(settledFigures.newReturned())).append("（")
                .append(DAY.format(settled.from())).append("〜").append(DAY.format(settled.to())).append("の新規 ")
                .append(settledFigures.newReturned().of()).append("人のうち").append(returnDays).append("日以内に再来 ")
                .append(settledFigures.newReturned().count()).append("人）\n");
        text.append("新しく失客になったお客様　").append(lapsed.counted().size()).append("人\n");
        List<CustomerList.Row> names = customerList.rows(store.id(), lapsed.counted().stream().limit(LAPSED_NAMES).toList());
        for (CustomerList.Row r : names) {
            text.append("　・").append(r.name()).append(" 様（最終来店 ")
                    .append(r.lastVisit() == null ? "—" : DAY.format(r.lastVisit())).append("）\n");
        }
        if (lapsed.counted().size() > names.size()) {
            text.append("　ほか ").append(lapsed.counted().size() - names.size()).append("人\n");
        }
        text.append("\n集計の画面: ").append(publicUrl).append("/reports\n");
        text.append("（このメールは集計の設定で止められます）\n");
        return text.toString();
    }

    private static String change(long now, long before) {
        if (before == 0) {
            return "";
        }
        double p = (now - before) * 100.0 / Math.abs(before);
        return String.format(Locale.ROOT, "（前週比 %s%.1f%%）", p >= 0 ? "+" : "−", Math.abs(p));
    }

    private static String percent(CustomerFigures.Share share) {
        return share.percent() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", share.percent());
    }
}
