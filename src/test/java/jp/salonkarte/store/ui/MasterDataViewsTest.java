package jp.salonkarte.store.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.MenuCategory;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings screens as an owner uses them, without a browser. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class MasterDataViewsTest extends SpringBrowserlessTest {

    @Autowired MenuService menus;
    @Autowired StoreService stores;
    @Autowired StaffService staff;

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    private <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return $(type).withId(id).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerAddsAReducedRateProductAndSeesItListed() {
        MenuView view = navigate(MenuView.class);
        test(byId(Button.class, "menu-new")).click();
        Select<MenuKind> kind = byId(Select.class, "menu-kind");
        kind.setValue(MenuKind.PRODUCT);
        Select<MenuCategory> category = byId(Select.class, "menu-category");
        category.setValue(MenuCategory.RETAIL);
        test(byId(TextField.class, "menu-name")).setValue("ルイボスティー（持ち帰り）");
        test(byId(IntegerField.class, "menu-price")).setValue(1080);
        Select<Integer> rate = byId(Select.class, "menu-tax-rate");
        rate.setValue(8);
        test(byId(Button.class, "menu-save")).click();

        MenuItem saved = menus.list(storeId()).stream().filter(m -> m.name().equals("ルイボスティー（持ち帰り）"))
                .findFirst().orElseThrow();
        assertThat(saved.taxRate()).isEqualTo(8);
        assertThat(saved.priceYen()).isEqualTo(1080);
        assertThat(saved.durationMinutes()).isNull();
        var grid = test(view.grid);
        boolean listed = false;
        for (int i = 0; i < grid.size(); i++) {
            listed |= grid.getRow(i).name().equals("ルイボスティー（持ち帰り）");
        }
        assertThat(listed).isTrue();
    }

    @Test
    void anEmptyNameAndANegativePriceAreRefusedAndNothingIsSaved() {
        navigate(MenuView.class);
        int before = menus.list(storeId()).size();
        test(byId(Button.class, "menu-new")).click();
        TextField name = byId(TextField.class, "menu-name");
        IntegerField price = byId(IntegerField.class, "menu-price");
        test(price).setValue(-500);
        test(byId(Button.class, "menu-save")).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("入力してください");
        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).contains("0〜");
        assertThat(menus.list(storeId())).hasSize(before);
        assertThat($(Button.class).withId("menu-save").exists()).as("the editor stays open").isTrue();
    }

    @Test
    void aWrongInvoiceNumberIsRefusedWithAJapaneseMessage() {
        StoreSettingsView view = navigate(StoreSettingsView.class);
        String before = stores.currentStore().orElseThrow().invoiceRegistrationNumber();
        test(view.invoiceNumber).setValue("T123");
        test(byId(Button.class, "store-save")).click();
        assertThat(view.invoiceNumber.isInvalid()).isTrue();
        assertThat(view.invoiceNumber.getErrorMessage()).contains("13桁");

        test(view.invoiceNumber).setValue("T4301234567890");
        test(byId(Button.class, "store-save")).click();
        assertThat(view.invoiceNumber.getErrorMessage()).contains("正しくありません");
        assertThat(stores.currentStore().orElseThrow().invoiceRegistrationNumber()).isEqualTo(before);
    }

    @Test
    void closingBeforeOpeningIsRefused() {
        StoreSettingsView view = navigate(StoreSettingsView.class);
        var storeBefore = stores.currentStore().orElseThrow();
        view.opening.setValue(java.time.LocalTime.of(19, 0));
        view.closing.setValue(java.time.LocalTime.of(9, 0));
        test(byId(Button.class, "store-save")).click();
        assertThat(view.closing.isInvalid()).isTrue();
        assertThat(stores.currentStore().orElseThrow().openingTime()).isEqualTo(storeBefore.openingTime());
    }

    @Test
    void storeSettingsAreSavedNormalised() {
        StoreSettingsView view = navigate(StoreSettingsView.class);
        test(view.invoiceNumber).setValue("ｔ５３０１２３４５６７８９０");
        test(view.phone).setValue("03-9876-5432");
        test(byId(Button.class, "store-save")).click();
        var store = stores.currentStore().orElseThrow();
        assertThat(store.invoiceRegistrationNumber()).isEqualTo("T5301234567890");
        assertThat(store.phone()).isEqualTo("03-9876-5432");
    }

    @Test
    void staffWithKanjiInTheKanaFieldIsRefused() {
        StaffView view = navigate(StaffView.class);
        int before = staff.list(storeId()).size();
        view.openEditor(jp.salonkarte.store.StaffDraft.empty());
        test(byId(TextField.class, "staff-family-name")).setValue("伊藤");
        test(byId(TextField.class, "staff-given-name")).setValue("蓮");
        test(byId(TextField.class, "staff-family-kana")).setValue("伊藤");
        test(byId(TextField.class, "staff-given-kana")).setValue("れん");
        test(byId(Button.class, "staff-save")).click();
        assertThat(byId(TextField.class, "staff-family-kana").isInvalid()).isTrue();
        assertThat(staff.list(storeId())).hasSize(before);
    }

    @Test
    void aNewStaffMemberWithAPinIsSavedWithKatakanaReading() {
        navigate(StaffView.class);
        test(byId(Button.class, "staff-new")).click();
        test(byId(TextField.class, "staff-family-name")).setValue("伊藤");
        test(byId(TextField.class, "staff-given-name")).setValue("蓮");
        test(byId(TextField.class, "staff-family-kana")).setValue("いとう");
        test(byId(TextField.class, "staff-given-kana")).setValue("れん");
        byId(com.vaadin.flow.component.textfield.PasswordField.class, "staff-pin").setValue("5678");
        test(byId(Button.class, "staff-save")).click();
        assertThat(staff.list(storeId())).anySatisfy(s -> {
            assertThat(s.displayName()).isEqualTo("伊藤 蓮");
            assertThat(s.familyNameKana()).isEqualTo("イトウ");
            assertThat(s.pinHash()).isNotNull();
        });
    }
}
