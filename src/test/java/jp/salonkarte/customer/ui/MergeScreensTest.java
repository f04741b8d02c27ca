package jp.salonkarte.customer.ui;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerMergeService;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.customer.CustomerTag;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Reception merges two records of one person from the duplicate list, then undoes it. */
@IntegrationTest
@WithUserDetails("owner@example.com")
class MergeScreensTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;
    @Autowired CustomerMergeService merging;

    private Customer save(String given, String mobile, String email, String cautions, String tag) {
        Instant now = Instant.now();
        return customers.save(new Customer(null, null, "併合", given, "ヘイゴウ", "サチ", mobile, null, email, null, null,
                null, null, null, null, null, cautions, null, false, true, now, now, Set.of(new CustomerTag(tag)), 0));
    }

    @Test
    void theDuplicateIsListedMergedFieldByFieldAndUndoneFromHistory() {
        Customer older = save("幸", "090-7777-1212", null, "ヘナ禁止", "常連");
        Customer newer = save("幸", "09077771212", "sachi@example.jp", "ジアミンアレルギー", "紹介");

        navigate(DuplicatesView.class);
        assertThat($(com.vaadin.flow.component.html.Span.class).withTextContaining("併合 幸").all())
                .as("both records listed as duplicates").hasSizeGreaterThanOrEqualTo(2);
        assertThat($(com.vaadin.flow.component.html.Span.class).withTextContaining("電話番号が同じ").exists()).isTrue();

        MergeView merge = navigate(MergeView.class, Map.of("a", String.valueOf(newer.id()), "b",
                String.valueOf(older.id())));
        assertThat(merge.survivorPick.getValue().id()).as("the older record stays by default").isEqualTo(older.id());
        assertThat(merge.choices.keySet()).extracting(MergeField::id).contains("email", "cautions");
        assertThat(merge.choices.entrySet().stream().filter(e -> e.getKey().id().equals("cautions")).findFirst()
                .orElseThrow().getValue().getValue()).as("no allergy is lost by default").isEqualTo(MergeField.Side.BOTH);
        test($(Button.class).withId("merge-confirm").single()).click();

        Customer kept = customers.find(older.id()).orElseThrow();
        assertThat(kept.email()).as("empty on the survivor, so taken from the other").isEqualTo("sachi@example.jp");
        assertThat(kept.cautions()).contains("ヘナ禁止").contains("ジアミンアレルギー");
        assertThat(kept.tags()).extracting(CustomerTag::tag).containsExactlyInAnyOrder("常連", "紹介");
        assertThat(customers.find(newer.id()).orElseThrow().active()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(CustomerEditView.class);

        long mergeId = merging.history(older.id()).getFirst().id();
        test($(Button.class).withId("merge-undo-" + mergeId).single()).click();

        assertThat(customers.find(older.id()).orElseThrow().email()).isNull();
        assertThat(customers.find(older.id()).orElseThrow().cautions()).isEqualTo("ヘナ禁止");
        assertThat(customers.find(newer.id()).orElseThrow().active()).isTrue();
        assertThat(merging.history(older.id()).getFirst().undone()).isTrue();
    }

    @Test
    void phonesOfBothRecordsAreKeptByDefaultWhenTheyFit() {
        Customer older = save("電話", "080-7300-0001", null, null, "常連");
        Customer newer = save("電話", "070-7300-0002", null, null, "常連");

        MergeView merge = navigate(MergeView.class, Map.of("a", String.valueOf(older.id()), "b",
                String.valueOf(newer.id())));
        assertThat(merge.choices.entrySet().stream().filter(e -> e.getKey().id().equals("phones")).findFirst()
                .orElseThrow().getValue().getValue()).isEqualTo(MergeField.Side.BOTH);
        test($(Button.class).withId("merge-confirm").single()).click();

        Customer kept = customers.find(older.id()).orElseThrow();
        assertThat(java.util.List.of(kept.mobilePhone(), kept.landlinePhone()))
                .containsExactly("080-7300-0001", "070-7300-0002");
        assertThat(customers.search("070-7300-0002")).extracting(Customer::id).contains(older.id());
    }
}
