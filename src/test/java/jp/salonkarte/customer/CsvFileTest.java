package jp.salonkarte.customer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the CSV files salons actually have: Excel's Shift_JIS, UTF-8 with or without BOM, TSV. */
class CsvFileTest {

    private static final String TEXT = "氏名,フリガナ,電話番号\r\n山田 花子,ヤマダ ハナコ,090-1234-5678\r\n\r\n"
            + "\"鈴木, 一郎\",スズキ イチロウ,\"03-1234\n5678\"\r\n";

    @Test
    void readsUtf8WithBomAndKeepsQuotedCommasAndLineBreaks() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        CsvFile file = CsvFile.read(bytes);

        assertThat(file.headers()).containsExactly("氏名", "フリガナ", "電話番号");
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.rows()).hasSize(2); // the blank line is left out
        assertThat(file.rows().get(1)).containsExactly("鈴木, 一郎", "スズキ イチロウ", "03-1234\n5678");
        assertThat(file.lineNumbers()).containsExactly(2, 4);
    }

    @Test
    void readsExcelsShiftJis() throws Exception {
        CsvFile file = CsvFile.read(TEXT.getBytes(CsvFile.WINDOWS_31J));
        assertThat(file.charset()).isEqualTo(CsvFile.WINDOWS_31J);
        assertThat(file.rows().getFirst()).containsExactly("山田 花子", "ヤマダ ハナコ", "090-1234-5678");
    }

    @Test
    void readsTabSeparatedAndPadsShortRowsButKeepsExtraCells() throws Exception {
        CsvFile file = CsvFile.read("氏名\t電話番号\n山田 花子\n佐藤 健\t090\t余分\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.rows().get(0)).containsExactly("山田 花子", "");
        assertThat(file.rows().get(1)).containsExactly("佐藤 健", "090", "余分");
    }

    @Test
    void refusesFilesThatCannotBeImportedWithAReason() {
        assertThatThrownBy(() -> CsvFile.read(new byte[0])).hasMessage("csv.error.empty");
        assertThatThrownBy(() -> CsvFile.read("氏名,電話\r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("csv.error.no-rows");
        assertThatThrownBy(() -> CsvFile.read("氏名\n\"山田 花子\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("csv.error.malformed");
        assertThatThrownBy(() -> CsvFile.read(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x0A, (byte) 0x85}))
                .hasMessage("csv.error.encoding");
    }
}
