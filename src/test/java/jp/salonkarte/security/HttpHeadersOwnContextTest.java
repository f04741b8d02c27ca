package jp.salonkarte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The response headers of DD033 and a new session id at login, read from a
 * real server. Own context (a web server on a random port) and so a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salonkarte.db.name=salonkarte_http_headers_test")
@ActiveProfiles("test")
class HttpHeadersOwnContextTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheContentSecurityPolicyReferrerPolicyAndNoStore() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(csp).as("no script from another origin").doesNotContain("script-src *", "http:", "https:");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(String.join(",", login.headers().allValues("Cache-Control"))).contains("no-store");
        assertThat(sessionCookie(login)).hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void anUnknownAddressGetsTheAppsOwnNotFoundPageWith404() throws Exception {
        HttpResponse<String> unknown = get("/no-such-screen");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).as("Vaadin's page, not the browser's 'access denied'").contains("<html");
    }

    @Test
    void everyKindOfKnownAddressAnswers200AndOnlyUnknownOnes404() throws Exception {
        String session = sessionCookie(postLogin("owner@example.com", "salon1234")).map(HttpHeadersOwnContextTest::id)
                .orElseThrow();
        for (String known : List.of("/", "/customers", "/customers/karte/1", "/customers/edit", "/customers/merge/1/2",
                "/settings/audit", "/checkout", "/book", "/book/manage/some-token")) {
            assertThat(get(known, "Cookie", "JSESSIONID=" + session).statusCode()).as(known).isEqualTo(200);
        }
        for (String unknown : List.of("/no-such-screen", "/customers/karte", "/settings/nothing", "/customers/1/2/3")) {
            assertThat(get(unknown, "Cookie", "JSESSIONID=" + session).statusCode()).as(unknown).isEqualTo(404);
        }
        // Files and Vaadin's own requests are not screens: the filter leaves them alone.
        assertThat(get("/styles.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aScreenThatNeedsALoginStillSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> board = get("/");

        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void loggingInGivesANewSessionId() throws Exception {
        HttpResponse<String> page = get("/login");
        String before = sessionCookie(page).map(HttpHeadersOwnContextTest::id).orElseThrow();
        String form = "username=" + URLEncoder.encode("staff@example.com", StandardCharsets.UTF_8)
                + "&password=salon1234";
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(loggedIn.statusCode()).as("redirect after a successful login").isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionCookie(loggedIn).map(HttpHeadersOwnContextTest::id).orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    private HttpResponse<String> postLogin(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin("manager@example.com", "wrong-guess-" + i).headers().firstValue("Location").orElse(""))
                    .contains("/login?error");
        }
        HttpResponse<String> right = postLogin("Manager@Example.com", "salon1234");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).contains("/login?locked=");
        assertThat(sessionCookie(right)).as("no session was logged in").isEmpty();
        // Another account from the same address still logs in: five failures do not lock the address.
        assertThat(postLogin("owner@example.com", "salon1234").headers().firstValue("Location").orElse(""))
                .doesNotContain("error").doesNotContain("locked");
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String id(String cookie) {
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
