package jp.salonkarte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import jp.salonkarte.base.UserMessageException;

/** The one way a screen turns a {@link UserMessageException} into text in the user's language. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String text(Component on, UserMessageException e) {
        return on.getTranslation(e.messageKey(), e.args());
    }

    public static String text(UserMessageException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.args());
    }

    /** Shows the message as the standard error toast, as the error handler would. */
    public static void show(Component on, UserMessageException e) {
        Notifications.error(text(on, e));
    }
}
