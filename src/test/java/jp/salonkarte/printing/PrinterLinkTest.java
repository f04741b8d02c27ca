package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The socket side of printing, without a database: errors staff can act on, printers that never answer status. */
class PrinterLinkTest {

    private final PrinterLink link = new PrinterLink(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofMillis(200));

    @Test
    void aPrinterThatIsOffGivesAJapaneseConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        } // closed: nothing listens there now
        int closedPort = port;
        assertThatThrownBy(() -> link.send("127.0.0.1", closedPort, new byte[] {1}))
                .isInstanceOf(PrintFailure.class).hasMessageContaining("プリンターに接続できません");
        assertThatThrownBy(() -> link.send("no-such-printer.invalid", 9100, new byte[] {1}))
                .isInstanceOf(PrintFailure.class).hasMessageContaining("アドレスが見つかりません");
    }

    @Test
    void aPrinterThatNeverAnswersStatusStillGetsTheWholeJob() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    in.transferTo(all);
                    return all.toByteArray();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            link.send("127.0.0.1", server.getLocalPort(), "領収書".getBytes(ReceiptRenderer.SJIS));
            byte[] got = received.get(5, TimeUnit.SECONDS);
            byte[] job = "領収書".getBytes(ReceiptRenderer.SJIS);
            assertThat(got).startsWith(PrinterLink.PAPER_STATUS).endsWith(job).hasSize(3 + job.length);
        }
    }

    @Test
    void statusBytesAreReadAsEscPosDefinesThem() {
        assertThat(PrinterLink.isStatusByte(0x12)).isTrue();
        assertThat(PrinterLink.paperEnd(0x12)).isFalse();
        assertThat(PrinterLink.paperEnd(0x72)).isTrue();
        assertThat(PrinterLink.isStatusByte(0x41)).as("a stray byte is not a status").isFalse();
    }
}
