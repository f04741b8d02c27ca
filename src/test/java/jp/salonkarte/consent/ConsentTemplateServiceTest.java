package jp.salonkarte.consent;

import java.util.List;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent templates against MariaDB: each changed save is a new immutable version; placeholders are checked. */
@IntegrationTest
@WithUserDetails("manager@example.com")
class ConsentTemplateServiceTest {

    @Autowired ConsentTemplateService templates;
    @Autowired StoreService stores;
    @Autowired JdbcClient jdbc;

    private long store() {
        return stores.currentStore().orElseThrow().id();
    }

    private static ConsentTemplateDraft draft(String body) {
        return new ConsentTemplateDraft("カラー同意書", body, List.of("説明を理解しました"),
                List.of(new ConsentQuestion("アレルギーはありますか", true)), null);
    }

    @Test
    void savingAChangedTemplateAddsAVersionAndLeavesTheOldOneUntouched() {
        ConsentTemplate created = templates.create(store(), draft("# 注意\n{{顧客名}} 様"));
        ConsentTemplateVersion first = created.latest();
        assertThat(first.versionNo()).isEqualTo(1);

        ConsentTemplate saved = templates.save(created.id(), 1, new ConsentTemplateDraft("カラー同意書",
                "# 注意\n{{顧客名}} 様、{{日付}}", List.of("説明を理解しました", "パッチテストをしました"),
                List.of(new ConsentQuestion("アレルギーはありますか", false)), "保護者"));

        assertThat(saved.latest().versionNo()).isEqualTo(2);
        assertThat(saved.latest().id()).isNotEqualTo(first.id());
        assertThat(saved.latest().checkItems()).containsExactly("説明を理解しました", "パッチテストをしました");
        assertThat(saved.latest().questions()).containsExactly(new ConsentQuestion("アレルギーはありますか", false));
        assertThat(saved.latest().secondSignatureLabel()).isEqualTo("保護者");
        assertThat(saved.latest().createdBy()).as("the logged-in manager, by staff id").isEqualTo("佐藤 健太");
        ConsentTemplateVersion firstAgain = templates.version(first.id()).orElseThrow();
        assertThat(firstAgain).as("version 1 is exactly as it was").isEqualTo(first);
        assertThat(templates.versions(created.id())).extracting(ConsentTemplateVersion::versionNo).containsExactly(2, 1);
    }

    @Test
    void savingWithoutAChangeAddsNoVersion() {
        ConsentTemplate created = templates.create(store(), draft("本文"));
        ConsentTemplate again = templates.save(created.id(), 1, draft("本文"));
        assertThat(again.latest().id()).isEqualTo(created.latest().id());
        assertThat(templates.versions(created.id())).hasSize(1);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        ConsentTemplate created = templates.create(store(), draft("本文"));
        templates.save(created.id(), 1, draft("本文 改"));
        assertThatThrownBy(() -> templates.save(created.id(), 1, draft("本文 別の改")))
                .isInstanceOf(ConsentException.class).extracting(e -> ((ConsentException) e).messageKey())
                .isEqualTo("consent.template.error.changed");
        assertThat(templates.versions(created.id())).hasSize(2);
        assertThat(templates.find(created.id()).orElseThrow().latest().body()).isEqualTo("本文 改");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsNameAndNothingIsSaved() {
        int before = jdbc.sql("select count(*) from consent_template_version").query(Integer.class).single();
        assertThatThrownBy(() -> templates.create(store(), draft("{{顧客}} 様")))
                .isInstanceOf(ConsentException.class)
                .satisfies(e -> {
                    ConsentException c = (ConsentException) e;
                    assertThat(c.messageKey()).isEqualTo("consent.template.error.unknown-placeholder");
                    assertThat(c.args()[0]).isEqualTo("{{顧客}}");
                });
        assertThatThrownBy(() -> new ConsentTemplateDraft("t", "本文", List.of("{{担当}}に伝えました"), List.of(), null))
                .isInstanceOf(ConsentException.class).hasMessageContaining("{{担当}}");
        assertThatThrownBy(() -> draft("{{顧客名 様")).isInstanceOf(ConsentException.class)
                .extracting(e -> ((ConsentException) e).messageKey())
                .isEqualTo("consent.template.error.broken-placeholder");
        assertThat(jdbc.sql("select count(*) from consent_template_version").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesNeverReachAFilledText() {
        String filled = Placeholders.fill("{{顧客名}} 様 {{ 日付 }} {{店舗名}}／{{メニュー}}",
                java.util.Map.of(Placeholders.CUSTOMER, "山本 さくら", Placeholders.DATE, "2026/11/24(火)",
                        Placeholders.STORE, "表参道店"));
        assertThat(filled).isEqualTo("山本 さくら 様 2026/11/24(火) 表参道店／");
    }

    @Test
    void archivedTemplatesAreNotOfferedButStayListed() {
        ConsentTemplate created = templates.create(store(), draft("本文"));
        templates.setActive(created.id(), false);
        assertThat(templates.active(store())).extracting(ConsentTemplate::id).doesNotContain(created.id());
        assertThat(templates.list(store())).extracting(ConsentTemplate::id).contains(created.id());
    }

    @Test
    void theDemoSalonHasThreeJapaneseTemplates() {
        assertThat(templates.list(store())).extracting(ConsentTemplate::title)
                .contains("ヘアカラー・パッチテスト同意書", "まつげエクステ施術同意書", "エステ施術前確認書");
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffMayNotEditTemplates() {
        assertThatThrownBy(() -> templates.create(store(), draft("本文")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
