package jp.salonkarte.printing.bridge;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.salonkarte.printing.PrinterConnection;

/**
 * {@code java -jar salon-karte.jar --bridge --server=https://… --token=skb_…}: the same jar, run
 * in the salon as a print bridge (DD029). Started by {@code Application.main} before Spring Boot
 * would start anything: no database, no Vaadin, no web server. Options: {@code --server} (the
 * app's address), {@code --token} (or the environment variable {@code SALONKARTE_BRIDGE_TOKEN}),
 * {@code --journal} (default {@code salon-karte-bridge.journal} in the working directory),
 * {@code --wait} (seconds a poll waits for work, default 25).
 */
public final class BridgeMain {

    public static final String FLAG = "--bridge";
    static final int EXIT_USAGE = 64;

    private BridgeMain() {
    }

    public static boolean requested(String[] args) {
        for (String a : args) {
            if (FLAG.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the bridge until it is stopped (SIGTERM) or its token is refused; returns the exit code. */
    public static int run(String[] args) {
        quietLogging();
        Logger log = LoggerFactory.getLogger(BridgeMain.class);
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        String token = options.getOrDefault("token", System.getenv("SALONKARTE_BRIDGE_TOKEN"));
        String server = options.get("server");
        if (server == null || token == null || token.isBlank()) {
            log.error("Usage: java -jar salon-karte.jar --bridge --server=https://salon.example.com --token=skb_…"
                    + " [--journal=FILE] [--wait=25]  (the token can also come from SALONKARTE_BRIDGE_TOKEN;"
                    + " create it under 設定 → プリンター → 印刷ブリッジ)");
            return EXIT_USAGE;
        }
        URI uri;
        int wait;
        try {
            uri = URI.create(server.endsWith("/") ? server : server + "/");
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address");
            }
            wait = Integer.parseInt(options.getOrDefault("wait", "25"));
            if (wait < 0 || wait > 30) {
                throw new IllegalArgumentException("--wait must be 0..30 seconds");
            }
        } catch (IllegalArgumentException e) {
            log.error("Bad option ({}): --server=https://… and --wait=0..30 expected", e.getMessage());
            return EXIT_USAGE;
        }
        if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
            log.warn("--server={} is plain http: the bridge token and the receipts travel unencrypted;"
                    + " use https for a server outside the salon", server);
        }
        BridgeJournal journal;
        try {
            journal = new BridgeJournal(Path.of(options.getOrDefault("journal", "salon-karte-bridge.journal")));
        } catch (IOException e) {
            log.error("The journal file cannot be read or created: {}", e.getMessage());
            return EXIT_USAGE;
        }
        PrintBridge bridge = new PrintBridge(uri, token.strip(), journal, PrinterConnection.withDefaults(),
                Duration.ofSeconds(wait));
        Runtime.getRuntime().addShutdownHook(new Thread(bridge::stop, "print-bridge-stop"));
        return bridge.run();
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /** Logback without Spring Boot's configuration logs DEBUG; a bridge in a salon wants INFO. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
