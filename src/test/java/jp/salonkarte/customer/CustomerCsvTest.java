package jp.salonkarte.customer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.CustomerImportService.Preview;
import jp.salonkarte.customer.CustomerImportService.Row;
import jp.salonkarte.customer.CustomerImportService.Status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV export for Excel and the all-or-nothing import, against the real MariaDB. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class CustomerCsvTest {

    @Autowired CustomerCsvExport export;
    @Autowired CustomerImportService importer;
    @Autowired CustomerService customers;

    private static CsvFile csv(String text) throws CsvFile.UnreadableException {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Preview preview(CsvFile file) {
        return importer.preview(file, importer.guessMapping(file.headers()));
    }

    private static Row line(Preview p, int line) {
        return p.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void exportIsUtf8WithBomExcelLineEndsAllCustomersAndFormulaSafe() throws Exception {
        Customer formula = customers.save(Customer.create("=HYPERLINK(\"x\")", "試験", "シケン", "タロウ",
                java.time.Instant.now()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("顧客番号,姓,名,セイ,メイ,携帯電話,固定電話,メールアドレス,生年月日,性別,");
        assertThat(text).contains("\r\n");
        assertThat(text.split("\r\n", -1).length - 2).as("one line per customer after the header")
                .isEqualTo((int) customers.count());
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(text).contains(formula.customerNo() + ",");
    }

    @Test
    void reimportingTheExportCreatesNothingAndFlagsEveryRowAsDuplicate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        CsvFile file = CsvFile.read(out.toByteArray());
        Map<Integer, CsvColumn> mapping = importer.guessMapping(file.headers());
        assertThat(mapping).doesNotContainValue(CsvColumn.ACTIVE).containsValue(CsvColumn.CUSTOMER_NO);

        Preview p = importer.preview(file, mapping);

        assertThat(p.mappingErrors()).isEmpty();
        assertThat(p.count(Status.ERROR)).as(() -> "errors: " + p.rows().stream()
                .filter(r -> r.status() == Status.ERROR).limit(3).toList()).isZero();
        assertThat(p.count(Status.DUPLICATE)).isEqualTo(file.rows().size());
        assertThat(p.importable()).isFalse();
    }

    @Test
    void aRowWithAnErrorBlocksTheWholeImportAndNothingIsCreated() throws Exception {
        CsvFile file = csv("""
                氏名,フリガナ,携帯,メール,誕生日,性別
                輸入 一子,ユニュウ イチコ,080-7000-0001,ichiko@example.jp,1990/4/1,女性
                輸入 二子,ゆにゅう ふたこ,12-34,futako@example,1990/13/40,女の子
                """);
        long before = customers.count();

        Preview p = preview(file);

        assertThat(line(p, 2).status()).isEqualTo(Status.NEW);
        Row bad = line(p, 3);
        assertThat(bad.status()).isEqualTo(Status.ERROR);
        assertThat(bad.errors()).extracting(CustomerImportService.Message::key)
                .containsExactlyInAnyOrder("csv.row.phone", "csv.row.email", "csv.row.birthday", "csv.row.gender");
        assertThat(p.importable()).isFalse();
        assertThatThrownBy(() -> importer.importNew(file, importer.guessMapping(file.headers())))
                .isInstanceOf(CustomerImportService.RefusedException.class);
        assertThat(customers.count()).isEqualTo(before);
    }

    @Test
    void importsNewRowsInOneGoNormalisingWhatOtherSystemsAndExcelWrite() throws Exception {
        Customer existing = customers.save(Customer.create("既存", "顧客", "キゾン", "コキャク", java.time.Instant.now()));
        existing = customers.save(new Customer(existing.id(), existing.customerNo(), existing.familyName(),
                existing.givenName(), existing.familyNameKana(), existing.givenNameKana(), "080-7000-0999", null,
                null, null, null, null, null, null, null, null, null, null, false, true, existing.createdAt(),
                existing.updatedAt(), java.util.Set.of(), existing.version()));
        // Shift_JIS as Japanese Excel saves it; phone and postal code with the leading 0 Excel drops; a reading
        // in half-width kana; one row without reading; one duplicate of an existing customer (phone in another
        // notation) and one duplicate of an earlier row.
        String text = """
                姓,名,セイ,メイ,電話番号,郵便番号,タグ,担当,メルマガ,備考
                輸入,三郎,ﾕﾆｭｳ,ｻﾌﾞﾛｳ,8070000003,0010001,VIP、カラー,鈴木 美咲,はい,'=1+1
                田中,四季,,,080-7000-0004,,,,いいえ,
                別人,同番号,ベツジン,ドウバンゴウ,０８０７００００９９９,,,,,
                輸入,三郎,ユニュウ,サブロウ,080-7000-0003,,,,,
                """;
        CsvFile file = CsvFile.read(text.getBytes(CsvFile.WINDOWS_31J));
        Map<Integer, CsvColumn> mapping = importer.guessMapping(file.headers());
        assertThat(mapping.values()).containsExactly(CsvColumn.FAMILY_NAME, CsvColumn.GIVEN_NAME,
                CsvColumn.FAMILY_KANA, CsvColumn.GIVEN_KANA, CsvColumn.PHONE, CsvColumn.POSTAL_CODE, CsvColumn.TAGS,
                CsvColumn.STAFF, CsvColumn.MAIL_OPT_IN, CsvColumn.PREFERENCES);

        Preview p = importer.preview(file, mapping);

        assertThat(p.rows()).extracting(Row::status)
                .containsExactly(Status.NEW, Status.NEW, Status.DUPLICATE, Status.DUPLICATE);
        assertThat(line(p, 4).notes()).extracting(CustomerImportService.Message::key)
                .containsExactly("csv.row.duplicate-existing.phone");
        assertThat(line(p, 5).notes()).extracting(CustomerImportService.Message::key)
                .containsExactly("csv.row.duplicate-row");
        assertThat(line(p, 3).notes()).extracting(CustomerImportService.Message::key)
                .contains("csv.row.kana-suggested");
        long before = customers.count();

        assertThat(importer.importNew(file, mapping)).isEqualTo(2);

        assertThat(customers.count()).isEqualTo(before + 2);
        Customer saburo = customers.search("ゆにゅうさぶろう").getFirst();
        assertThat(saburo.familyNameKana()).isEqualTo("ユニュウ");
        assertThat(saburo.mobilePhone()).isEqualTo("08070000003");
        assertThat(saburo.postalCode()).isEqualTo("001-0001");
        assertThat(saburo.tags()).extracting(CustomerTag::tag).containsExactlyInAnyOrder("VIP", "カラー");
        assertThat(saburo.mailOptIn()).isTrue();
        assertThat(saburo.preferences()).isEqualTo("=1+1");
        assertThat(saburo.assignedStaffId()).isNotNull();
        assertThat(saburo.customerNo()).matches("\\d{6}");
        Customer shiki = customers.search("080-7000-0004").getFirst();
        assertThat(shiki.familyNameKana()).isEqualTo("タナカ");
        assertThat(customers.search("ドウバンゴウ")).as("the duplicate row was not created").isEmpty();
    }

    @Test
    void mappingMustNameTheCustomerAndUseEachFieldOnce() throws Exception {
        CsvFile file = csv("電話番号,メモ\n090-1111-2222,x\n");
        Preview p = preview(file);
        assertThat(p.mappingErrors()).extracting(CustomerImportService.Message::key)
                .containsExactly("csv.mapping.name-missing");
        assertThat(p.importable()).isFalse();

        CsvFile twice = csv("氏名,名前\n山田 花子,山田 花子\n");
        Preview p2 = importer.preview(twice, Map.of(0, CsvColumn.FULL_NAME, 1, CsvColumn.FULL_NAME));
        assertThat(p2.mappingErrors()).extracting(CustomerImportService.Message::key).contains("csv.mapping.twice");
    }

    @Test
    @WithUserDetails("staff@example.com")
    void floorStaffCanNeitherExportNorImport() throws Exception {
        CsvFile file = csv("氏名\n山田 花子\n");
        assertThatThrownBy(() -> export.write(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importNew(file, Map.of(0, CsvColumn.FULL_NAME)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of()).isEmpty();
    }
}
