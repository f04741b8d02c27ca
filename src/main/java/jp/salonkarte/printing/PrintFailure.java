package jp.salonkarte.printing;

/**
 * A job did not print. The message is Japanese, for the jobs screen. {@link #permanent()} means
 * the printer refused the job itself (e.g. an IPP printer that does not take PDF): sending it
 * again cannot help, so the job fails instead of waiting for another attempt.
 */
public final class PrintFailure extends Exception {

    private final boolean permanent;

    public PrintFailure(String message, Throwable cause) {
        super(message, cause);
        this.permanent = false;
    }

    public PrintFailure(String message) {
        this(message, false);
    }

    public PrintFailure(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
