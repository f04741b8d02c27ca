package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

/**
 * Sends a PDF to an IPP printer (office / AirPrint class) with one Print-Job request (DD028):
 * the IPP message is built and parsed by HP's jipp-core, the HTTP goes over the JDK's own
 * {@link HttpClient} with connect and request timeouts. A job counts as printed when the printer
 * answers {@code successful-ok} (it has accepted and spooled the document). A printer that
 * refuses the job itself (format not supported, not authorised, wrong path) gives a
 * {@linkplain PrintFailure#permanent() permanent} failure; one that is off, busy or unreachable a
 * failure worth retrying.
 */
public final class IppLink {

    /** The IPP default port (RFC 8010) when the uri names none. */
    public static final int DEFAULT_PORT = 631;
    static final String PDF = "application/pdf";

    /** Refusals that another attempt cannot change: the job itself is not acceptable to this printer. */
    private static final Set<Status> FORMAT_REFUSED = Set.of(Status.clientErrorDocumentFormatNotSupported,
            Status.clientErrorAttributesOrValuesNotSupported, Status.clientErrorCompressionNotSupported);
    private static final Set<Status> NOT_ALLOWED = Set.of(Status.clientErrorNotAuthenticated,
            Status.clientErrorNotAuthorized, Status.clientErrorForbidden, Status.clientErrorAccountAuthorizationFailed,
            Status.clientErrorAccountClosed, Status.clientErrorAccountInfoNeeded, Status.clientErrorAccountLimitReached);
    private static final Set<Status> UNPRINTABLE = Set.of(Status.clientErrorDocumentFormatError,
            Status.clientErrorDocumentUnprintableError, Status.clientErrorDocumentPasswordError,
            Status.clientErrorDocumentPermissionError, Status.clientErrorDocumentSecurityError,
            Status.clientErrorRequestEntityTooLarge);

    private final HttpClient http;
    private final Duration requestTimeout;

    public IppLink(Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: printers do not speak HTTP/2, and an h2c upgrade header only confuses some.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Prints the PDF as one job named {@code title}; returns normally once the printer accepted it. */
    public void send(String printerUri, String title, byte[] pdf) throws PrintFailure {
        URI ipp = URI.create(printerUri);
        URI target = httpUri(ipp);
        IppPacket request = IppPacket.printJob(ipp)
                .putOperationAttributes(Types.requestingUserName.of("salon-karte"), Types.jobName.of(title),
                        Types.documentFormat.of(PDF))
                .build();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            request.write(head);
        } catch (IOException e) {
            throw new IllegalStateException("IPP request could not be encoded", e);
        }
        HttpRequest post = HttpRequest.newBuilder(target).timeout(requestTimeout)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new java.io.ByteArrayInputStream(head.toByteArray()), new java.io.ByteArrayInputStream(pdf))))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new PrintFailure("プリンターが応答しません（タイムアウト）: " + hostPort(target), e);
        } catch (HttpTimeoutException e) {
            throw new PrintFailure("プリンターが応答しません（タイムアウト）: " + hostPort(target), e);
        } catch (ConnectException e) {
            if (causedBy(e, UnknownHostException.class)) {
                throw new PrintFailure("プリンターのアドレスが見つかりません: " + target.getHost(), e);
            }
            throw new PrintFailure("プリンターに接続できません（電源とネットワークを確認してください）: " + hostPort(target), e);
        } catch (IOException e) {
            if (causedBy(e, UnknownHostException.class)) {
                throw new PrintFailure("プリンターのアドレスが見つかりません: " + target.getHost(), e);
            }
            throw new PrintFailure("送信中に接続が切れました: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintFailure("送信が中断されました", e);
        }
        try (InputStream body = response.body()) {
            int code = response.statusCode();
            if (code == 401 || code == 403) {
                throw new PrintFailure("プリンターが印刷を許可しません（認証が必要な設定です。プリンター側でIPP印刷を許可してください）", true);
            }
            if (code == 404) {
                throw new PrintFailure("プリンターのURIが見つかりません（設定のURIを確認してください）: " + printerUri, true);
            }
            if (code == 426) {
                throw new PrintFailure("このプリンターは暗号化接続を求めています（URIを ipps:// にしてください）", true);
            }
            if (code != 200) {
                throw new PrintFailure("プリンターがエラーを返しました（HTTP " + code + "）");
            }
            IppPacket answer = IppPacket.parse(body);
            check(answer);
        } catch (IOException e) {
            throw new PrintFailure("プリンターの応答を読めませんでした: " + e.getMessage(), e);
        }
    }

    private static void check(IppPacket answer) throws PrintFailure {
        int code = answer.getCode();
        if (code < 0x0100) {
            return; // successful-ok and its variants
        }
        Status status = Status.all.getOrDefault(code, null);
        String name = status != null ? status.getName() : "0x" + Integer.toHexString(code);
        String message = answer.getString(Tag.operationAttributes, Types.statusMessage);
        String detail = "（" + name + (message == null || message.isBlank() ? "" : ": " + message) + "）";
        if (status != null && FORMAT_REFUSED.contains(status)) {
            throw new PrintFailure("このプリンターはPDFを受け付けません。PDF対応のプリンターを設定してください" + detail, true);
        }
        if (status != null && NOT_ALLOWED.contains(status)) {
            throw new PrintFailure("プリンターが印刷を許可しません" + detail, true);
        }
        if (status != null && UNPRINTABLE.contains(status)) {
            throw new PrintFailure("プリンターがこの書類を印刷できません" + detail, true);
        }
        if (code < 0x0500) {
            throw new PrintFailure("プリンターが印刷を拒否しました" + detail, true);
        }
        // server-error-*: busy, not accepting jobs, device error, temporary: try again later.
        throw new PrintFailure("プリンターが今は印刷を受け付けません。あとで再試行します" + detail);
    }

    /** ipp://h:631/p → http://h:631/p, ipps → https (RFC 8010 §4); http(s) uris stay as they are. */
    static URI httpUri(URI ipp) {
        String scheme = ipp.getScheme() == null ? "" : ipp.getScheme().toLowerCase(java.util.Locale.ROOT);
        String http = switch (scheme) {
            case "ipp", "http" -> "http";
            case "ipps", "https" -> "https";
            default -> throw new IllegalArgumentException("not an IPP uri: " + ipp);
        };
        int port = ipp.getPort() > 0 ? ipp.getPort() : scheme.startsWith("http") ? -1 : DEFAULT_PORT;
        String path = ipp.getRawPath() == null || ipp.getRawPath().isEmpty() ? "/" : ipp.getRawPath();
        return URI.create(http + "://" + ipp.getRawAuthority().replaceFirst(":\\d+$", "")
                + (port > 0 ? ":" + port : "") + path);
    }

    private static String hostPort(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
