package jp.salonkarte.consent.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.ui.UserAction;
import jp.salonkarte.consent.ConsentTemplate;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner writes a consent template; a typo in a placeholder is refused; an edit becomes version 2. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class ConsentTemplatesScreenTest extends SpringBrowserlessTest {

    @Autowired ConsentTemplateService templates;
    @Autowired StoreService stores;

    private ConsentTemplate find(String title) {
        return templates.list(stores.currentStore().orElseThrow().id()).stream().filter(t -> t.title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void anUnknownPlaceholderKeepsTheEditorOpenAndAChangedTemplateBecomesVersionTwo() {
        ConsentTemplatesView view = navigate(ConsentTemplatesView.class);
        int before = templates.list(stores.currentStore().orElseThrow().id()).size();
        test($(Button.class).withId("consent-template-new").single()).click();
        test($(TextField.class).withId("consent-template-title").single()).setValue("パーマ同意書");
        test($(TextArea.class).withId("consent-template-body").single()).setValue("# パーマについて\n{{顧客}} 様\n- 注意");
        test($(Button.class).withId("consent-template-add-check").single()).click();
        test($(TextField.class).withId("consent-check-0").single()).setValue("説明を理解しました");
        test($(Button.class).withId("consent-template-add-question").single()).click();
        test($(TextField.class).withId("consent-question-0").single()).setValue("アレルギーはありますか");
        UserAction.run(() -> test($(Button.class).withId("consent-template-save").single()).click());

        assertThat(templates.list(stores.currentStore().orElseThrow().id())).hasSize(before);
        assertThat($(Button.class).withId("consent-template-save").exists()).as("the editor stays open").isTrue();
        assertThat(lastNotification()).contains("{{顧客}}").contains("使えません");

        test($(TextArea.class).withId("consent-template-body").single()).setValue("# パーマについて\n{{顧客名}} 様\n- 注意");
        test($(Button.class).withId("consent-template-save").single()).click();
        ConsentTemplate created = find("パーマ同意書");
        assertThat(created.latest().versionNo()).isEqualTo(1);
        assertThat(created.latest().checkItems()).containsExactly("説明を理解しました");
        assertThat(created.latest().questions()).hasSize(1);

        view.openEditor(created);
        assertThat($(TextField.class).withId("consent-check-0").single().getValue()).isEqualTo("説明を理解しました");
        test($(TextArea.class).withId("consent-template-body").single())
                .setValue("# パーマについて\n{{顧客名}} 様\n- 注意\n- 新しい注意");
        test($(Button.class).withId("consent-template-save").single()).click();
        ConsentTemplate edited = find("パーマ同意書");
        assertThat(edited.latest().versionNo()).isEqualTo(2);
        assertThat(templates.versions(edited.id()).getLast().body()).doesNotContain("新しい注意");
        assertThat(view.grid.getGenericDataView().getItems().filter(t -> t.id() == edited.id()).findFirst()
                .orElseThrow().latest().versionNo()).isEqualTo(2);
    }

    private String lastNotification() {
        var notes = $(com.vaadin.flow.component.notification.Notification.class).all();
        return notes.isEmpty() ? "" : test(notes.getLast()).getText();
    }
}
