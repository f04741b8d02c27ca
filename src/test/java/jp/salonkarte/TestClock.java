package jp.salonkarte;

/**
 * The moment test clocks start at (DD031): {@code SALONKARTE_TEST_CLOCK} when set (the clock matrix
 * in {@code .ci/clock-matrix}), else the default of {@code application-test.properties}. For apps a
 * test starts as a process of its own, which do not read the test properties.
 */
public final class TestClock {

    /** Keep equal to the default of {@code salonkarte.clock.start} in application-test.properties. */
    static final String DEFAULT_START = "2026-11-23T14:00:00+09:00";

    private TestClock() {
    }

    public static String start() {
        String set = System.getenv("SALONKARTE_TEST_CLOCK");
        return set == null || set.isBlank() ? DEFAULT_START : set.strip();
    }
}
