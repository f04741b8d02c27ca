package jp.salonkarte.mail;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.salonkarte.base.SystemActor;

/**
 * The reminder the day before (前日リマインド): every hour in the daytime, queues a reminder for
 * each of tomorrow's bookings that has none yet, so a booking made late today still gets one and
 * none gets two (the outbox's dedupe key holds the booking and its start).
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final BookingMails mails;
    private final Clock clock;

    ReminderJob(BookingMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(cron = "${salonkarte.mail.reminder-cron:0 5 9-20 * * *}", zone = "Asia/Tokyo")
    void scheduled() {
        try {
            int queued = run();
            if (queued > 0) {
                log.info("Queued {} reminder mails for tomorrow", queued);
            }
        } catch (RuntimeException e) {
            log.warn("Queuing reminders failed; the next run tries again", e);
        }
    }

    int run() {
        return SystemActor.call("reminders", () -> mails.enqueueReminders(LocalDate.now(clock).plusDays(1)));
    }
}
