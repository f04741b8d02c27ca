package jp.salonkarte.audit;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every Flyway migrate, makes sure the database itself refuses UPDATE and DELETE on
 * {@code audit_event} (two triggers that signal). Not in the V17 migration because a MariaDB
 * with binary logging lets only a SUPER user create triggers (unless
 * {@code log_bin_trust_function_creators} is on): there the app still starts, warns once,
 * and the log is append-only by the application's code alone (DD034).
 */
@Component
class AuditTriggers implements Callback {

    static final String MESSAGE = "audit_event is append-only";

    private static final Logger log = LoggerFactory.getLogger(AuditTriggers.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String operation : new String[] {"update", "delete"}) {
                statement.execute("create trigger if not exists audit_event_no_" + operation + " before "
                        + operation + " on audit_event for each row signal sqlstate '45000' set message_text = '"
                        + MESSAGE + "'");
            }
        } catch (SQLException e) {
            log.warn("audit_event: could not create the append-only triggers ({}); the application still only"
                    + " inserts. Grant TRIGGER (and SUPER or log_bin_trust_function_creators=1 with binary"
                    + " logging) to enforce it in the database too.", e.getMessage());
        }
    }

    @Override
    public String getCallbackName() {
        return "audit-append-only";
    }
}
