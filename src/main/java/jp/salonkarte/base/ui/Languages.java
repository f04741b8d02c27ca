package jp.salonkarte.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Japanese by default, whatever the browser says (staff are in Japan; iPads are often set
 * to English); English on request, remembered in a cookie on that iPad.
 */
@Component
public class Languages implements VaadinServiceInitListener {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);
    static final String COOKIE = "salonkarte-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return JAPANESE;
    }

    /** Switches this iPad to the other language and reloads so every label follows. */
    public static void toggle(UI ui) {
        Locale next = JAPANESE.equals(ui.getLocale()) ? ENGLISH : JAPANESE;
        Cookie cookie = new Cookie(COOKIE, next.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
