package jp.salonkarte.security;

/** Puts the test's Vaadin session into customer mode and back (the kiosk column of the matrix). */
final class KioskMatrix {

    static final String TOKEN = "matrix-test-token";

    private KioskMatrix() {
    }

    static void lock(long staffId, long storeId) {
        KioskLock.lock(new KioskLock("consent/kiosk/" + TOKEN, staffId, storeId, ""));
    }

    static void unlock() {
        KioskLock.unlock();
    }
}
