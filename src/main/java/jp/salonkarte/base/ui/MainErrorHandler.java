package jp.salonkarte.base.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jp.salonkarte.base.UserMessageException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * One place that tells the user, kindly and in their language, why something did not work. A
 * {@link UserMessageException} is a refusal the user can act on: its key and arguments are shown
 * and it is logged at INFO. Anything else is logged as an error and shown as a generic message.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            UserMessageException refusal = userMessage(error);
            if (refusal != null) {
                log.info("Refused: {}", refusal.getMessage());
                log.debug("Refused here", refusal);
            } else {
                log.error("Unexpected error in the UI", error);
            }
            UI ui = UI.getCurrent();
            if (ui == null && VaadinSession.getCurrent() != null) {
                ui = VaadinSession.getCurrent().getUIs().stream().findFirst().orElse(null);
            }
            if (ui == null) {
                return;
            }
            UI target = ui;
            Runnable show = () -> Notifications.error(message(error, target::getTranslation));
            if (ui.getSession() != null && ui.getSession().hasLock()) {
                show.run();
            } else {
                ui.access(show::run);
            }
        }
    }

    /** The text for an error, given how to translate a key with its arguments. */
    static String message(Throwable error, BiFunction<String, Object[], String> translate) {
        UserMessageException refusal = userMessage(error);
        if (refusal != null) {
            return translate.apply(refusal.messageKey(), refusal.args());
        }
        String key = concurrentChange(error) ? "error.concurrent-change" : "error.unexpected";
        return translate.apply(key, new Object[0]);
    }

    private static @Nullable UserMessageException userMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserMessageException e) {
                return e;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean concurrentChange(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
