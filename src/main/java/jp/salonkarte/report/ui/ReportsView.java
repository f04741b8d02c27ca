package jp.salonkarte.report.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.salonkarte.base.ui.ComingSoon;

/** Sales and customer analytics (集計・分析), for owners and managers. */
@Route("reports")
@PageTitle("Salon Karte")
@Menu(order = 40, title = "nav.reports", icon = "vaadin:chart")
@RolesAllowed({"OWNER", "MANAGER"})
class ReportsView extends ComingSoon {

    ReportsView() {
        super("nav.reports", "coming.reports");
    }
}
