/**
 * End-to-end tests against the built jar in real browsers, TestBench style but without the
 * commercial TestBench runner (it needs an online licence check).
 *
 * <ul>
 * <li>{@link jp.salonkarte.e2e.AppUnderTest}: starts {@code target/salon-karte.jar} once per JVM
 * on a free port with demo data, against a fresh {@code salonkarte_e2e} database (another
 * checkout on the same machine passes {@code -Dsalonkarte.e2e.database=...} so the two do not drop
 * each other's).</li>
 * <li>{@link jp.salonkarte.e2e.Browsers}: Chromium with iPad viewport and touch emulation, and
 * WebKit (Safari's engine) through WebKitGTK under a private Xvfb. Skipped when not installed,
 * failing instead when {@code CI=true}.</li>
 * <li>{@code jp.salonkarte.e2e.pages}: page objects by stable element ids.</li>
 * </ul>
 *
 * <p>Test classes end in {@code IT} and run in failsafe's integration-test phase:
 * {@code ./mvnw verify}, or after a {@code ./mvnw -DskipTests package}:
 * {@code ./mvnw failsafe:integration-test failsafe:verify}. Logs land in
 * {@code target/e2e-*.log}, screenshots in {@code target/e2e-screenshots}.
 */
package jp.salonkarte.e2e;
