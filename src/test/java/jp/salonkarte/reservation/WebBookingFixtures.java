package jp.salonkarte.reservation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jp.salonkarte.store.MenuItem;

/** Web bookings for tests: a free time picked at random, so tests sharing the demo salon rarely meet. */
public final class WebBookingFixtures {

    private WebBookingFixtures() {
    }

    public static List<Long> firstMenu(WebBookingService web, long storeId) {
        MenuItem menu = web.bookableMenus(storeId).getFirst();
        return List.of(menu.id());
    }

    /** A random free start for these menus (anyone), from the second day on. */
    public static LocalDateTime freeStart(WebBookingService web, long storeId, List<Long> menus) {
        Map<LocalDate, List<LocalTime>> times = web.freeTimes(storeId, menus, null);
        List<LocalDateTime> starts = new ArrayList<>();
        LocalDate first = times.keySet().stream().findFirst().orElseThrow();
        times.forEach((day, list) -> {
            if (day.isAfter(first.plusDays(1))) {
                list.forEach(t -> starts.add(day.atTime(t)));
            }
        });
        return starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
    }

    public static WebBookingForm form(long storeId, List<Long> menus, LocalDateTime start, String email) {
        String phone = "090" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new WebBookingForm(storeId, menus, null, start, "予約", "花子", "ヨヤク", "ハナコ", phone, email, null);
    }
}
