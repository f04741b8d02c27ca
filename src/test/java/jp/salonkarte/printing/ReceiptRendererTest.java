package jp.salonkarte.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReceiptRendererTest {

    static Receipt sample(boolean reprint) {
        return new Receipt("ヘアサロン 桜", "150-0001", "東京都渋谷区神宮前1-2-3", "03-1234-5678", "T1234567890123",
                LocalDateTime.of(2026, 11, 22, 14, 5), "20261122-0007", "山田 花子", "佐藤 美咲",
                List.of(new Receipt.Line("カット", 1, 5_500, false),
                        new Receipt.Line("オーガニックハーブティー（持ち帰り）", 2, 1_080, true),
                        new Receipt.Line("トリートメント", 1, 3_300, false)),
                List.of(new Receipt.RateTotal(10, 8_800, 800), new Receipt.RateTotal(8, 1_080, 80)),
                9_880, List.of(new Receipt.Payment("現金", 9_880, 10_000L)), 120, reprint, "https://salon.example/book?s=1");
    }

    @Test
    void kanjiReceiptPrintsTheQualifiedInvoiceItemsInShiftJis() {
        byte[] bytes = ReceiptRenderer.render(sample(false), 80, PrinterMode.KANJI, true);
        EscPosDecoder d = new EscPosDecoder(bytes);
        String text = d.text();

        assertThat(d.kanjiOn).isTrue();
        assertThat(d.drawerKicks).isEqualTo(1);
        assertThat(d.cuts).isEqualTo(1);
        assertThat(text).contains("ヘアサロン 桜", "〒150-0001 東京都渋谷区神宮前1-2-3", "TEL 03-1234-5678",
                "登録番号 T1234567890123", "領収書", "2026/11/22(日) 14:05", "No.20261122-0007", "佐藤 美咲 様",
                "担当: 山田 花子", "※は軽減税率（8%）対象商品", "次回のご予約はこちらから");
        assertThat(text).doesNotContain("再発行");
        assertThat(d.lines).anyMatch(l -> l.startsWith("カット ") && l.endsWith("￥5,500"));
        assertThat(d.lines).anyMatch(l -> l.contains("オーガニックハーブティー（持ち帰り） ※ ×2"));
        assertThat(d.lines).anyMatch(l -> l.strip().equals("￥1,080")
                || l.contains("※ ×2") && l.endsWith("￥1,080"));
        assertThat(d.lines).noneMatch(l -> l.startsWith("トリートメント") && l.contains("※"));
        assertThat(d.lines).anyMatch(l -> l.startsWith("合計") && l.endsWith("￥9,880"));
        assertThat(d.lines).anyMatch(l -> l.startsWith(" 10%対象計") && l.endsWith("￥8,800"));
        assertThat(d.lines).anyMatch(l -> l.startsWith("   内消費税") && l.endsWith(" ￥800"));
        assertThat(d.lines).anyMatch(l -> l.startsWith(" 8%対象計") && l.endsWith("￥1,080"));
        assertThat(d.lines).anyMatch(l -> l.startsWith("   内消費税") && l.endsWith(" ￥80"));
        assertThat(d.lines).anyMatch(l -> l.startsWith("お預り（現金）") && l.endsWith("￥10,000"));
        assertThat(d.lines).anyMatch(l -> l.startsWith("お釣り") && l.endsWith("￥120"));
        assertThat(d.qrCodes).containsExactly("https://salon.example/book?s=1");
        // 48 columns on 80 mm: every padded line is exactly as wide as the paper, none wider.
        assertThat(d.lines).allMatch(l -> ReceiptRenderer.width(l) <= 48);
        assertThat(d.lines).anyMatch(l -> l.startsWith("合計") && ReceiptRenderer.width(l) == 48);
    }

    @Test
    void narrowPaperWrapsLongNamesAndKeepsAmountsFlushRight() {
        EscPosDecoder d = new EscPosDecoder(ReceiptRenderer.render(sample(false), 58, PrinterMode.KANJI, false));
        assertThat(d.drawerKicks).isZero();
        assertThat(d.lines).allMatch(l -> ReceiptRenderer.width(l) <= 32);
        assertThat(d.lines).anyMatch(l -> l.startsWith("合計") && ReceiptRenderer.width(l) == 32 && l.endsWith("￥9,880"));
        assertThat(d.text()).contains("※", "登録番号 T1234567890123");
    }

    @Test
    void aReprintIsMarkedSaiHakkou() {
        EscPosDecoder d = new EscPosDecoder(ReceiptRenderer.render(sample(true), 80, PrinterMode.KANJI, false));
        assertThat(d.text()).contains("【再発行】");
    }

    @Test
    void noReducedRateItemsMeansNoFootnote() {
        Receipt r = sample(false);
        Receipt services = new Receipt(r.storeName(), null, null, null, null, r.issuedAt(), "1", null, null,
                List.of(new Receipt.Line("カット", 1, 5_500, false)), List.of(new Receipt.RateTotal(10, 5_500, 500)),
                5_500, List.of(new Receipt.Payment("クレジット", 5_500)), 0, false, null);
        EscPosDecoder d = new EscPosDecoder(ReceiptRenderer.render(services, 80, PrinterMode.KANJI, false));
        assertThat(d.text()).doesNotContain("※", "登録番号").contains("クレジット");
        assertThat(d.qrCodes).isEmpty();
    }

    @Test
    void charactersShiftJisLacksBecomeGetaMarksNotQuestionMarks() {
        assertThat(ReceiptRenderer.printable("髙橋 ① ¥100 😀")).isEqualTo("髙橋 ① ￥100 〓");
    }

    @Test
    void rasterReceiptIsAnImageAsWideAsThePaper() {
        for (int mm : new int[] {58, 80}) {
            byte[] bytes = ReceiptRenderer.render(sample(true), mm, PrinterMode.RASTER, true);
            EscPosDecoder d = new EscPosDecoder(bytes);
            int widthBytes = mm == 58 ? 48 : 72;
            assertThat(d.rasters).isNotEmpty().allMatch(b -> b.widthBytes() == widthBytes);
            int blackDots = 0;
            for (EscPosDecoder.RasterBand band : d.rasters) {
                for (byte x : band.bits()) {
                    blackDots += Integer.bitCount(x & 0xFF);
                }
            }
            assertThat(blackDots).as("ink on the %d mm receipt", mm).isGreaterThan(5_000);
            assertThat(d.drawerKicks).isEqualTo(1);
            assertThat(d.qrCodes).containsExactly("https://salon.example/book?s=1");
            assertThat(d.lines.stream().filter(l -> !l.isBlank())).isEmpty(); // no text commands: all drawn
            // Same receipt, same bytes: the drawing is deterministic.
            assertThat(ReceiptRenderer.render(sample(true), mm, PrinterMode.RASTER, true)).isEqualTo(bytes);
        }
    }

    @Test
    void rasterRowsAreDrawnWhereTheTextIs() {
        var rows = ReceiptDocument.rows(sample(false));
        var image = ReceiptRenderer.draw(rows, 384);
        assertThat(image.getWidth()).isEqualTo(384);
        // The first row (the store name, big and centred) has ink in the middle and none at the far left.
        boolean inkInTitle = false;
        for (int y = 4; y < 4 + ReceiptRenderer.LINE_HEIGHT * 2; y++) {
            for (int x = 100; x < 284; x++) {
                inkInTitle |= (image.getRGB(x, y) & 0xFFFFFF) == 0;
            }
        }
        assertThat(inkInTitle).isTrue();
    }

    @Test
    void aLogoIsPrintedAsAnImageAboveTheKanjiTextScaledToThePaper() {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(400, 800,
                java.awt.image.BufferedImage.TYPE_INT_RGB); // black, too wide and too high for 58 mm
        byte[] bytes = ReceiptRenderer.render(sample(false), 58, PrinterMode.KANJI, false, logo);
        EscPosDecoder d = new EscPosDecoder(bytes);
        assertThat(d.rasters).isNotEmpty().allMatch(b -> b.widthBytes() == 48);
        int height = d.rasters.stream().mapToInt(EscPosDecoder.RasterBand::height).sum();
        assertThat(height).isEqualTo(ReceiptRenderer.LOGO_MAX_HEIGHT + 8);
        assertThat(d.text()).contains("登録番号 T1234567890123");
        assertThat(indexOf(bytes, new byte[] {0x1D, 0x76, 0x30})).isLessThan(indexOf(bytes, new byte[] {0x1C, 0x26}));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
