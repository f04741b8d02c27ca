package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The printer record's rules: IPP uris as owners type them, and what each kind of printer keeps. */
class PrinterTest {

    @Test
    void anIppUriIsCompletedTheWayPrintersExpectIt() {
        assertThat(Printer.normalizeIppUri("192.168.0.60")).isEqualTo("ipp://192.168.0.60:631/ipp/print");
        assertThat(Printer.normalizeIppUri(" ipp://printer.local ")).isEqualTo("ipp://printer.local:631/ipp/print");
        assertThat(Printer.normalizeIppUri("IPPS://10.0.0.5/ipp/print")).isEqualTo("ipps://10.0.0.5:631/ipp/print");
        assertThat(Printer.normalizeIppUri("ipp://10.0.0.5:8631/printers/office"))
                .isEqualTo("ipp://10.0.0.5:8631/printers/office");
        assertThat(Printer.normalizeIppUri("http://10.0.0.5/ipp")).isEqualTo("http://10.0.0.5/ipp");
    }

    @Test
    void somethingThatIsNotAnIppUriIsRefused() {
        for (String bad : new String[] {"", "   ", "ftp://10.0.0.5/x", "ipp://", "ipp://user:pw@10.0.0.5/ipp",
                "ipp://10.0.0.5/ipp?x=1", "ipp://10.0.0.5 /ipp"}) {
            assertThatThrownBy(() -> Printer.normalizeIppUri(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anIppPrinterTakesHostAndPortFromItsUriAndIsNeverTheReceiptPrinter() {
        Printer p = new Printer(null, 1, "複合機", "ignored", 9100, 80, PrinterMode.KANJI, true, true, 0,
                PrinterType.IPP, "10.0.0.5", true, false);
        assertThat(p.host()).isEqualTo("10.0.0.5");
        assertThat(p.port()).isEqualTo(631);
        assertThat(p.uri()).isEqualTo("ipp://10.0.0.5:631/ipp/print");
        assertThat(p.receiptPrinter()).isFalse();
        assertThat(p.documentPrinter()).isTrue();
        assertThat(p.address()).isEqualTo("ipp://10.0.0.5:631/ipp/print");
        Printer receipt = new Printer(null, 1, "レジ", "10.0.0.9", 9100, 58, PrinterMode.KANJI, true, true, 0,
                PrinterType.ESCPOS, "ipp://x/y", true, false);
        assertThat(receipt.uri()).isNull();
        assertThat(receipt.documentPrinter()).isFalse();
        assertThat(receipt.address()).isEqualTo("10.0.0.9:9100");
    }

    @Test
    void theIppUriBecomesTheHttpAddressItIsPostedTo() {
        assertThat(IppLink.httpUri(URI.create("ipp://10.0.0.5:631/ipp/print")))
                .isEqualTo(URI.create("http://10.0.0.5:631/ipp/print"));
        assertThat(IppLink.httpUri(URI.create("ipps://printer.local/ipp/print")))
                .isEqualTo(URI.create("https://printer.local:631/ipp/print"));
        assertThat(IppLink.httpUri(URI.create("http://[::1]:8631/ipp")))
                .isEqualTo(URI.create("http://[::1]:8631/ipp"));
    }
}
