package jp.salonkarte.base.ui;

import com.vaadin.flow.server.ErrorEvent;

/**
 * Runs a click or an edit in a browserless test the way Vaadin runs it for a browser: an exception
 * thrown by a listener goes to the app's error handler (Vaadin's ServerRpcHandler does that; the
 * browserless testers call the listener directly, so the exception would reach the test instead).
 */
public final class UserAction {

    private UserAction() {
    }

    public static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            new MainErrorHandler.Handler().error(new ErrorEvent(e));
        }
    }
}
