package jp.salonkarte.consent.ui;

import java.io.Serializable;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.consent.ConsentRequest;

/**
 * The form the kiosk of this browser session shows, kept in the session next to the kiosk lock
 * (DD024): the text to sign never travels through the browser, and a reload shows the same form,
 * or the thank-you screen once it was signed.
 */
final class KioskSessions {

    private static final String ATTRIBUTE = KioskSessions.class.getName();

    /** The form in the kiosk and, once signed, the stored form's id. */
    static final class State implements Serializable {
        final ConsentRequest request;
        @Nullable Long signedFormId;

        State(ConsentRequest request) {
            this.request = request;
        }
    }

    private KioskSessions() {
    }

    static void put(ConsentRequest request) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, new State(request));
    }

    static Optional<State> get(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getSession().getAttribute(ATTRIBUTE) instanceof State state)
                || !state.request.token().equals(token)) {
            return Optional.empty();
        }
        return Optional.of(state);
    }

    /** Marks the form signed; the state object is stored again so clustered sessions see the change. */
    static void signed(State state, long formId) {
        state.signedFormId = formId;
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, state);
    }

    static void clear() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().removeAttribute(ATTRIBUTE);
        }
    }
}
