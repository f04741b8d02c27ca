package jp.salonkarte.customer.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Reception searches, finds nobody, and creates the customer from what was typed. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class CustomerScreensTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;

    private <T extends Component> T byId(Class<T> type, String id) {
        return $(type).withId(id).single();
    }

    @Test
    void searchingAnUnknownNameOffersToCreateItWithTheNamePrefilledAndKanaSuggested() {
        CustomersView list = navigate(CustomersView.class);
        test(list.search).setValue("桜田 桃子");
        assertThat(list.notFound.isVisible()).isTrue();
        test(byId(Button.class, "customer-create-from-search")).click();

        assertThat(getCurrentView()).isInstanceOf(CustomerEditView.class);
        assertThat(byId(TextField.class, "customer-family-name").getValue()).isEqualTo("桜田");
        assertThat(byId(TextField.class, "customer-given-name").getValue()).isEqualTo("桃子");
        assertThat(byId(TextField.class, "customer-family-kana").getValue()).isEqualTo("サクラダ");
        assertThat(byId(TextField.class, "customer-given-kana").getValue()).isEqualTo("モモコ");
        test(byId(TextField.class, "customer-mobile")).setValue("080-5555-0101");
        test(byId(TextArea.class, "customer-cautions")).setValue("ジアミンアレルギー");
        test(byId(Button.class, "customer-save")).click();

        Customer saved = customers.search("さくらだ").stream().filter(c -> c.givenName().equals("桃子"))
                .findFirst().orElseThrow();
        assertThat(saved.mobilePhone()).isEqualTo("080-5555-0101");
        assertThat(saved.hasCautions()).isTrue();
        assertThat(customers.search("08055550101")).extracting(Customer::id).contains(saved.id());
    }

    @Test
    void aPhoneNumberTypedInSearchPrefillsTheMobileField() {
        CustomersView list = navigate(CustomersView.class);
        test(list.search).setValue("070-0000-1234");
        test(byId(Button.class, "customer-create-from-search")).click();
        assertThat(byId(TextField.class, "customer-mobile").getValue()).isEqualTo("070-0000-1234");
        assertThat(byId(TextField.class, "customer-family-name").getValue()).isEmpty();
    }

    @Test
    void aReadingTypedInSearchPrefillsTheKanaAndBadInputSavesNothing() {
        CustomersView list = navigate(CustomersView.class);
        test(list.search).setValue("ほしの ゆめ");
        test(byId(Button.class, "customer-create-from-search")).click();
        assertThat(byId(TextField.class, "customer-family-kana").getValue()).isEqualTo("ホシノ");
        long before = customers.count();
        test(byId(TextField.class, "customer-mobile")).setValue("12345");
        test(byId(Button.class, "customer-save")).click();
        assertThat(byId(TextField.class, "customer-family-name").isInvalid()).as("name required").isTrue();
        assertThat(byId(TextField.class, "customer-mobile").isInvalid()).as("bad phone").isTrue();
        assertThat(customers.count()).isEqualTo(before);
    }

    @Test
    void typedReadingsAreNeverOverwrittenBySuggestions() {
        navigate(CustomersView.class);
        test(byId(Button.class, "customer-new")).click();
        test(byId(TextField.class, "customer-given-kana")).setValue("ヒナ");
        test(byId(TextField.class, "customer-given-name")).setValue("陽菜");
        assertThat(byId(TextField.class, "customer-given-kana").getValue()).isEqualTo("ヒナ");
        test(byId(TextField.class, "customer-family-name")).setValue("山田");
        assertThat(byId(TextField.class, "customer-family-kana").getValue()).isEqualTo("ヤマダ");
    }

    @Test
    void knownCustomersAreFoundAsYouType() {
        CustomersView list = navigate(CustomersView.class);
        Customer someone = customers.list(org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
        test(list.search).setValue(someone.familyNameKana().toLowerCase());
        assertThat(list.grid.isVisible()).isTrue();
        assertThat(test(list.grid).size()).isPositive();
        assertThat(list.notFound.isVisible()).isFalse();
    }

    @Test
    void fullWidthPhonesAreStoredHalfWidthAndAnUnsetGenderReadsUnspecified() {
        CustomersView list = navigate(CustomersView.class);
        test(list.search).setValue("全角 電話");
        test(byId(Button.class, "customer-create-from-search")).click();
        var gender = $(com.vaadin.flow.component.select.Select.class).withId("customer-gender").single();
        @SuppressWarnings("unchecked")
        var labels = (com.vaadin.flow.component.ItemLabelGenerator<Object>) gender.getItemLabelGenerator();
        assertThat(labels.apply(null)).isEqualTo("未指定");
        test(byId(TextField.class, "customer-mobile")).setValue("０８０－７２００－０００１");
        test(byId(Button.class, "customer-save")).click();
        Customer saved = customers.search("08072000001").getFirst();
        assertThat(saved.mobilePhone()).isEqualTo("080-7200-0001");
    }
}
