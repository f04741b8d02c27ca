package jp.salonkarte.customer;

import java.time.Instant;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The one search box, against the real MariaDB index. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class CustomerSearchTest {

    @Autowired CustomerService customers;
    private static Customer kitou;

    @BeforeEach
    void createKitouOnce() {
        if (kitou != null) {
            return;
        }
        Customer draft = Customer.create("鬼頭", "彩花", "キトウ", "アヤカ", Instant.now());
        kitou = customers.save(new Customer(null, null, draft.familyName(), draft.givenName(), draft.familyNameKana(),
                draft.givenNameKana(), "090-9876-5432", "052-111-2233", null, null, null, null, null, null, null,
                null, null, null, false, true, draft.createdAt(), draft.updatedAt(), java.util.Set.of(), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"きとう", "キトウ", "ｷﾄｳ", "鬼頭", "鬼頭 彩花", "鬼頭彩花", "彩花", "あやか", "ｱﾔｶ", "トウアヤ",
            "090-9876", "０９０９８７６", "09098765432", "+81 90 9876 5432", "5432", "98765", "052-111", "0521112233"})
    void findsTheCustomerByAnyPartOfNameReadingOrPhone(String query) {
        assertThat(customers.search(query)).extracting(Customer::id).contains(kitou.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"キトウX", "鬼頭花", "090-9876-0000", "ヤマモトキトウ"})
    void doesNotFindWhatDoesNotMatch(String query) {
        assertThat(customers.search(query)).extracting(Customer::id).doesNotContain(kitou.id());
    }

    @Test
    void findsByCustomerNumberAndGivesNewCustomersOne() {
        assertThat(kitou.customerNo()).matches("\\d{6}");
        assertThat(customers.search(kitou.customerNo())).extracting(Customer::id).contains(kitou.id());
    }

    @Test
    void anEmptyQueryFindsNothingAndResultsAreCapped() {
        assertThat(customers.search("  ")).isEmpty();
        assertThat(customers.search("ア")).hasSizeLessThanOrEqualTo(CustomerService.SEARCH_LIMIT);
    }

    @Test
    void searchResultsCarryEveryFieldAsTheRepositoryLoadsThem() {
        Customer full = customers.save(new Customer(null, null, "全項目", "確認", "ゼンコウモク", "カクニン", "090-1357-2468",
                "03-1357-2468", "zen@example.jp", java.time.LocalDate.of(1990, 1, 2), "FEMALE", "123-4567", "東京都",
                "会社員", "紹介", "短め", "金属アレルギー", null, true, true, Instant.now(), Instant.now(),
                java.util.Set.of(new CustomerTag("VIP"), new CustomerTag("カラー")), 0));
        Customer found = customers.search("ゼンコウモクカクニン").getFirst();
        assertThat(found).isEqualTo(customers.find(full.id()).orElseThrow());
    }
}
