package jp.salonkarte.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** One place that logs every unexpected error and tells the user, kindly, in their language. */
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
            log.error("Unexpected error in the UI", error);
            UI ui = UI.getCurrent();
            if (ui == null && VaadinSession.getCurrent() != null) {
                ui = VaadinSession.getCurrent().getUIs().stream().findFirst().orElse(null);
            }
            if (ui == null) {
                return;
            }
            String key = rootCause(error) instanceof OptimisticLockingFailureException
                    ? "error.concurrent-change" : "error.unexpected";
            UI target = ui;
            ui.access(() -> Notifications.error(target.getTranslation(key)));
        }

        private static Throwable rootCause(Throwable t) {
            Throwable cause = t;
            while (cause.getCause() != null && !(cause instanceof OptimisticLockingFailureException)) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
