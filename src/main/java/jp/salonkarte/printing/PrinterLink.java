package jp.salonkarte.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Sends one job's bytes to an ESC/POS printer over raw TCP on our own {@link Socket} with
 * connect and read timeouts (not escpos-coffee's TcpIpOutputStream, which hides connection errors
 * in a background thread). Before the job it asks the paper sensor (DLE EOT 4); after it, the
 * same question again serves as the printer's receipt of the bytes (DD021).
 */
public final class PrinterLink {

    /** DLE EOT 4: real-time roll paper sensor status; answered even while the printer is offline. */
    static final byte[] PAPER_STATUS = {0x10, 0x04, 0x04};

    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final int statusTimeoutMs;

    public PrinterLink(Duration connectTimeout, Duration readTimeout, Duration statusTimeout) {
        this.connectTimeoutMs = (int) connectTimeout.toMillis();
        this.readTimeoutMs = (int) readTimeout.toMillis();
        this.statusTimeoutMs = (int) statusTimeout.toMillis();
    }

    public void send(String host, int port, byte[] payload) throws PrintFailure {
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            boolean answersStatus = paperStatus(socket, out, in, statusTimeoutMs);
            out.write(payload);
            out.flush();
            if (answersStatus) {
                // Its answer comes after the printer has read every byte before it.
                if (!paperStatusAnswered(socket, out, in, readTimeoutMs)) {
                    throw new PrintFailure("印刷の確認が取れませんでした（送信後にプリンターが応答しません）");
                }
            }
        } catch (UnknownHostException e) {
            throw new PrintFailure("プリンターのアドレスが見つかりません: " + host, e);
        } catch (ConnectException | NoRouteToHostException e) {
            throw new PrintFailure("プリンターに接続できません（電源とネットワークを確認してください）: " + host + ":" + port, e);
        } catch (SocketTimeoutException e) {
            throw new PrintFailure("プリンターが応答しません（タイムアウト）: " + host + ":" + port, e);
        } catch (IOException e) {
            throw new PrintFailure("送信中に接続が切れました: " + e.getMessage(), e);
        }
    }

    /**
     * Asks the paper sensor. True when the printer answered with paper present; false when it
     * does not answer status at all (some network adapters); a {@link PrintFailure} when the
     * paper has run out, so the job waits.
     */
    private static boolean paperStatus(Socket socket, OutputStream out, InputStream in, int timeoutMs)
            throws IOException, PrintFailure {
        out.write(PAPER_STATUS);
        out.flush();
        socket.setSoTimeout(timeoutMs);
        int b;
        try {
            b = in.read();
        } catch (SocketTimeoutException e) {
            return false;
        }
        if (b < 0) {
            throw new IOException("プリンターが接続を閉じました");
        }
        if (!isStatusByte(b)) {
            return false;
        }
        if (paperEnd(b)) {
            throw new PrintFailure("用紙切れです（ロール紙を補充してください）");
        }
        return true;
    }

    private static boolean paperStatusAnswered(Socket socket, OutputStream out, InputStream in, int timeoutMs)
            throws IOException {
        out.write(PAPER_STATUS);
        out.flush();
        socket.setSoTimeout(timeoutMs);
        int b = in.read();
        return b >= 0;
    }

    /** A status byte has bit 1 and bit 4 set and bits 0 and 7 clear (ESC/POS DLE EOT). */
    static boolean isStatusByte(int b) {
        return (b & 0x93) == 0x12;
    }

    /** Paper end as the sensor reports it (bits 5 and 6). */
    static boolean paperEnd(int b) {
        return (b & 0x60) != 0;
    }
}
