package jp.salonkarte.base;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Something the user can act on was refused (bad input, a conflict, a rule of the salon); nothing
 * was saved. It carries an i18n key with its arguments, and optionally the form field it is about.
 * The one error handler (base/ui/MainErrorHandler) shows it in the user's language; a screen
 * catches it only when it must do more than show it (keep a dialog open, mark a field, offer
 * something else). Feature subclasses exist only where a caller tells the cases apart (DD036).
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;
    private final @Nullable String field;

    public UserMessageException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    protected UserMessageException(@Nullable String field, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
        this.field = field;
    }

    /** The same message about one form field (a property name of the bean the form binds). */
    public static UserMessageException onField(String field, String messageKey, Object... args) {
        return new UserMessageException(field, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
