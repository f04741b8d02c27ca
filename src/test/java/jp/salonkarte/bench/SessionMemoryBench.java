package jp.salonkarte.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;

import jp.salonkarte.base.ui.CompactLastResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code bench/run session-memory}: the heap a server holds per logged-in staff session. Boots the
 * application context with the demo salon on a fixed clock (a Monday afternoon: bookings on the
 * board, paid and open tickets), then through browserless-test's multi-user API opens real
 * {@code VaadinSession}s on the real Spring context, each with the board, a karte and the register
 * in three windows (UIs). After each navigation the UI's changes are written as a UIDL response by
 * Vaadin's own {@link UidlWriter} and kept as the UI's last response, as the server does to resend it.
 * The used heap after repeated full GCs is measured after a warm-up session and after the measured
 * ones; the difference divided by their number is the figure. A class histogram diff goes to stderr.
 * System properties: {@code bench.sessions} (50), {@code bench.warmup} (2 sessions, closed again),
 * {@code bench.dump-dir} (writes the first session's three kept responses there).
 */
public final class SessionMemoryBench {

    private static final String CLOCK = "2026-11-23T14:00:00+09:00";

    private SessionMemoryBench() {
    }

    public static void main(String[] args) {
        BenchMain.run(SessionMemoryBench::run);
    }

    static String run() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 50);
        int warmup = Integer.getInteger("bench.warmup", 2);
        try (BenchContext bench = BenchContext.start("session-memory", "salonkarte_bench_session", true,
                "--salonkarte.clock.start=" + CLOCK)) {
            JdbcClient jdbc = bench.bean(JdbcClient.class);
            List<String> emails = jdbc.sql("select email from staff where active and email is not null order by id")
                    .query(String.class).list();
            // The customers with the most visits: the fullest kartes of the demo salon.
            List<Long> customers = jdbc.sql("select customer_id from visit group by customer_id"
                    + " order by count(*) desc, customer_id limit " + (sessions + warmup)).query(Long.class).list();
            System.err.printf(Locale.ROOT, "session-memory: %d staff logins, %d kartes (up to %d visits)%n",
                    emails.size(), customers.size(), jdbc.sql("select count(*) from visit where customer_id = ?")
                            .param(customers.getFirst()).query(Integer.class).single());
            UserDetailsService users = bench.bean(UserDetailsService.class);
            SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext
                    .createSecured(bench.context, "jp.salonkarte");
            try {
                SessionOpener opener = new SessionOpener(app, users, emails, customers);
                for (int i = 0; i < warmup; i++) {
                    opener.forget(opener.open(sessions + i)).close();
                }
                // A warm-up session stays open: the first session's one-off costs (classes, caches, the
                // broadcaster's structures) are in the baseline, not in the figure.
                BrowserlessUserContext baselineSession = opener.open(sessions + warmup - 1);
                System.err.println("session-memory: Vaadin production mode: "
                        + baselineSession.getSession().getConfiguration().isProductionMode());
                java.util.Arrays.fill(opener.responseChars, 0);
                Histogram before = Histogram.take();
                long usedBefore = usedAfterGc();
                // The sessions open their windows in three passes, so the heap after each pass gives the
                // share of the login (with the board), the karte and the register.
                List<BrowserlessUserContext> open = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    open.add(opener.login(i, 0));
                }
                long[] used = new long[4];
                used[0] = usedBefore;
                used[1] = usedAfterGc();
                for (int view = 1; view < 3; view++) {
                    for (int i = 0; i < sessions; i++) {
                        opener.window(open.get(i), i, view);
                    }
                    used[view + 1] = usedAfterGc();
                }
                long usedAfter = used[3];
                long perSession = (usedAfter - usedBefore) / sessions;
                System.err.printf(Locale.ROOT, "session-memory: used heap %,d KB before, %,d KB after %d sessions:"
                        + " %,d KB per session%n", usedBefore / 1024, usedAfter / 1024, sessions, perSession / 1024);
                for (int view = 0; view < 3; view++) {
                    System.err.printf(Locale.ROOT, "session-memory:   %-28s %,5d KB per session (its kept UIDL"
                            + " response %,d chars)%n", SessionOpener.VIEWS[view],
                            (used[view + 1] - used[view]) / sessions / 1024, opener.responseChars[view] / sessions);
                }
                // The next round trip of every window (a tap that changes nothing): the kept response is
                // then a small one, as on an iPad that has been used since the view was opened.
                for (BrowserlessUserContext user : open) {
                    opener.settle(user);
                }
                long settled = usedAfterGc();
                System.err.printf(Locale.ROOT, "session-memory: after one more round trip per window (small kept"
                        + " responses): %,d KB per session%n", (settled - usedBefore) / sessions / 1024);
                Histogram after = Histogram.take();
                System.err.println("session-memory: classes that grew most, per session (after that round trip):");
                System.err.print(after.minus(before, sessions, 30));
                // Keep the sessions reachable until here.
                java.lang.ref.Reference.reachabilityFence(open);
                java.lang.ref.Reference.reachabilityFence(baselineSession);
                return String.format(Locale.ROOT, "BENCH session-memory kb_per_session=%d sessions=%d",
                        Math.round(perSession / 1024.0), sessions);
            } finally {
                app.close();
            }
        }
    }

    /** Opens one logged-in staff session with the board, a karte and the register. */
    private static final class SessionOpener {
        private final SecuredBrowserlessApplicationContext<Authentication> app;
        private final UserDetailsService users;
        private final List<String> emails;
        private final List<Long> customers;
        private final Class<? extends Component> board;
        private final Class<? extends Component> checkout;
        final long[] responseChars = new long[3];
        private final Map<BrowserlessUserContext, List<BrowserlessUIContext>> windows = new java.util.HashMap<>();

        SessionOpener(SecuredBrowserlessApplicationContext<Authentication> app, UserDetailsService users,
                List<String> emails, List<Long> customers) throws ClassNotFoundException {
            this.app = app;
            this.users = users;
            this.emails = emails;
            this.customers = customers;
            this.board = Class.forName("jp.salonkarte.reservation.ui.ReservationBoardView").asSubclass(Component.class);
            this.checkout = Class.forName("jp.salonkarte.checkout.ui.CheckoutView").asSubclass(Component.class);
        }

        static final String[] VIEWS = {"login + board (予約台帳)", "karte (カルテ)", "register (会計)"};

        /** A logged-in session with all three windows. */
        BrowserlessUserContext open(int n) {
            BrowserlessUserContext user = login(n, 0);
            window(user, n, 1);
            window(user, n, 2);
            return user;
        }

        /** Logs staff member {@code n} in (a new session) and opens window {@code view} in it. */
        BrowserlessUserContext login(int n, int view) {
            UserDetails staff = users.loadUserByUsername(emails.get(n % emails.size()));
            BrowserlessUserContext user = app.newUser(
                    UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
            window(user, n, view);
            return user;
        }

        /** Opens window 0 (the board), 1 (customer {@code n}'s karte) or 2 (the register) in {@code user}. */
        void window(BrowserlessUserContext user, int n, int view) {
            BrowserlessUIContext window = user.newWindow();
            windows.computeIfAbsent(user, u -> new ArrayList<>()).add(window);
            switch (view) {
                case 0 -> window.navigate(board);
                case 1 -> window.navigate(jp.salonkarte.karte.ui.KarteView.class,
                        Map.of("customerId", String.valueOf(customers.get(n % customers.size()))));
                default -> window.navigate(checkout);
            }
            String response = respond(window);
            responseChars[view] += response.length();
            String dump = System.getProperty("bench.dump-dir", "");
            if (n == 0 && !dump.isBlank()) {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(dump, "response-" + view + ".json"), response);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        BrowserlessUserContext forget(BrowserlessUserContext user) {
            windows.remove(user);
            return user;
        }

        /** One more, empty response for every window of {@code user}: replaces the kept navigation response. */
        void settle(BrowserlessUserContext user) {
            for (BrowserlessUIContext window : windows.getOrDefault(user, List.of())) {
                respond(window);
            }
        }

        /** The response the server would write for the navigation, kept by the UI as a real server keeps it. */
        private static String respond(BrowserlessUIContext window) {
            window.activate();
            UI ui = window.getUI();
            String response = new UidlWriter().createUidl(ui, false, false).toString();
            ui.getInternals().setLastRequestResponse(response);
            CompactLastResponse.pack(ui);
            return response;
        }
    }

    /** Used heap after full GCs, repeated until it stops shrinking. */
    static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= best && i >= 3) {
                return Math.min(used, best);
            }
            best = Math.min(best, used);
        }
        return best;
    }
}
