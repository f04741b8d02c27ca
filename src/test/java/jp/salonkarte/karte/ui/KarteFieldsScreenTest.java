package jp.salonkarte.karte.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.ui.UserAction;
import jp.salonkarte.karte.KarteField;
import jp.salonkarte.karte.KarteService;
import jp.salonkarte.karte.SalonType;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner adds a choice field to the lash karte; a field with one choice is refused. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class KarteFieldsScreenTest extends SpringBrowserlessTest {

    @Autowired KarteService karte;
    @Autowired StoreService stores;

    @SuppressWarnings("unchecked")
    private void fill(SalonType type, String label, KarteField.Kind kind, String choices) {
        test($(Button.class).withId("karte-field-new").single()).click();
        ((Select<SalonType>) $(Select.class).withId("karte-field-type").single()).setValue(type);
        ((Select<KarteField.Kind>) $(Select.class).withId("karte-field-kind").single()).setValue(kind);
        test($(TextField.class).withId("karte-field-label").single()).setValue(label);
        test($(TextArea.class).withId("karte-field-choices").single()).setValue(choices);
        UserAction.run(() -> test($(Button.class).withId("karte-field-save").single()).click());
    }

    @Test
    void anAddedChoiceFieldIsOfferedOnTheKarteAndOneChoiceIsNotEnough() {
        long storeId = stores.currentStore().orElseThrow().id();
        navigate(KarteFieldsView.class);

        fill(SalonType.LASH, "デザイン", KarteField.Kind.CHOICE, "キュート\nナチュラル\nセクシー");

        KarteField added = karte.fields(storeId).stream().filter(f -> f.label().equals("デザイン")).findFirst()
                .orElseThrow();
        assertThat(added.salonType()).isEqualTo(SalonType.LASH);
        assertThat(added.storeId()).isEqualTo(storeId);
        assertThat(added.choices()).containsExactly("キュート", "ナチュラル", "セクシー");
        assertThat(added.position()).as("after the lash defaults").isGreaterThan(50);

        int before = karte.allFields(storeId).size();
        fill(SalonType.NAIL, "オフの有無", KarteField.Kind.CHOICE, "あり");
        assertThat(karte.allFields(storeId)).hasSize(before);
        assertThat($(Button.class).withId("karte-field-save").exists()).as("the dialog stays open").isTrue();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).all().getLast()).getText())
                .isEqualTo("選択肢を2つ以上、合計500文字以内で入力してください");
    }
}
