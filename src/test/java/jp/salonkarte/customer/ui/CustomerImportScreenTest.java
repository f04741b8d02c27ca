package jp.salonkarte.customer.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.CsvColumn;
import jp.salonkarte.customer.CustomerService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner brings customers over from the old system's CSV: check the columns, see the rows, import. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class CustomerImportScreenTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;

    private static final String OLD_SYSTEM_CSV = """
            会員番号,お名前,ふりがな,TEL,生年月日
            A-1,移行 一花,いこう いちか,080-7100-0001,1988/02/03
            A-2,移行 二葉,いこう ふたば,080-7100-0002,1991年7月8日
            A-3,移行三葉,いこう みつば,080-7100-0003,
            """;

    @Test
    void aRowWithAnErrorKeepsTheImportButtonDisabledUntilTheColumnIsFixed() {
        navigate(CustomersView.class);
        test($(com.vaadin.flow.component.button.Button.class).withId("customer-import").single()).click();
        CustomerImportView view = (CustomerImportView) getCurrentView();
        long before = customers.count();

        view.receive("old.csv", OLD_SYSTEM_CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(view.mappingSelects.get(0).getValue()).isEqualTo(CsvColumn.CUSTOMER_NO);
        assertThat(view.mappingSelects.get(1).getValue()).isEqualTo(CsvColumn.FULL_NAME);
        assertThat(view.mappingSelects.get(2).getValue()).isEqualTo(CsvColumn.FULL_KANA);
        assertThat(view.mappingSelects.get(3).getValue()).isEqualTo(CsvColumn.PHONE);
        assertThat(view.rowSummaries()).containsExactly("2 NEW", "3 NEW", "4 ERROR csv.row.name-split");
        assertThat(view.summary.getText()).contains("新規 2件").contains("エラー 1件");
        assertThat(view.commit.isEnabled()).as("one error blocks everything").isFalse();
        assertThat(view.problems.getElement().getTextRecursively()).contains("1件も登録しません");

        // The old system wrote the full name without a space; the owner fixes the file and chooses it again.
        view.receive("old.csv", OLD_SYSTEM_CSV.replace("移行三葉", "移行 三葉").getBytes(StandardCharsets.UTF_8));
        assertThat(view.rowSummaries()).containsExactly("2 NEW", "3 NEW", "4 NEW");
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(view.commit.getText()).isEqualTo("3件を登録する");
        assertThat(customers.count()).as("nothing before the button").isEqualTo(before);

        test(view.commit).click();

        assertThat(customers.count()).isEqualTo(before + 3);
        assertThat(customers.search("いこうふたば").getFirst().birthday()).isEqualTo(java.time.LocalDate.of(1991, 7, 8));
        assertThat(getCurrentView()).isInstanceOf(CustomersView.class);
    }

    @Test
    void anUnreadableFileSaysWhyAndShowsNoPreview() {
        CustomerImportView view = navigate(CustomerImportView.class);
        view.receive("photo.csv", new byte[0]);
        assertThat(view.fileInfo.getText()).isEqualTo("ファイルが空です");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.commit.isVisible()).isFalse();
    }

    @Test
    void managersGetTheExportLink() {
        navigate(CustomersView.class);
        Anchor export = $(Anchor.class).withId("customer-export").single();
        assertThat(export.getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails("staff@example.com")
    void floorStaffGetNeitherExportNorImport() {
        navigate(CustomersView.class);
        assertThat($(Anchor.class).withId("customer-export").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).withId("customer-import").exists()).isFalse();
    }
}
