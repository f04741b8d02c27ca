package jp.salonkarte.reservation.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.salonkarte.base.ui.ComingSoon;

/** The reservation board (予約台帳); the board itself arrives with issue 5. */
@Route("")
@PageTitle("Salon Karte")
@Menu(order = 10, title = "nav.reservations", icon = "vaadin:calendar-clock")
@PermitAll
class ReservationBoardView extends ComingSoon {

    ReservationBoardView() {
        super("nav.reservations", "coming.reservations");
    }
}
