package jp.salonkarte.customer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static jp.salonkarte.customer.DuplicateGroup.Reason.SAME_EMAIL;
import static jp.salonkarte.customer.DuplicateGroup.Reason.SAME_NAME_AND_READING;
import static jp.salonkarte.customer.DuplicateGroup.Reason.SAME_PHONE;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithUserDetails("manager@example.com")
class DuplicateFinderTest {

    @Autowired CustomerService customers;
    @Autowired DuplicateFinder finder;

    private Customer save(String family, String given, String familyKana, String givenKana, String mobile,
            String landline, String email) {
        Instant now = Instant.now();
        return customers.save(new Customer(null, null, family, given, familyKana, givenKana, mobile, landline, email,
                null, null, null, null, null, null, null, null, null, false, true, now, now, Set.of(), 0));
    }

    private DuplicateGroup groupOf(Customer c) {
        return finder.find().stream().filter(g -> g.customers().stream().anyMatch(m -> m.id().equals(c.id())))
                .findFirst().orElse(null);
    }

    @Test
    void sameNameAcrossKanaScriptsAndSamePhoneInAnyNotationAreOneGroup() {
        Customer a = save("重複", "一郎", "ジュウフク", "イチロウ", "090-1111-2222", null, null);
        Customer b = save("重複", "一郎", "じゅうふく", "いちろう", null, null, null);
        Customer c = save("別人", "太", "ベツジン", "フトシ", null, "+81 90 1111 2222", null);
        Customer unrelated = save("無関係", "花", "ムカンケイ", "ハナ", "070-9999-8888", null, null);

        DuplicateGroup group = groupOf(a);
        assertThat(group).isNotNull();
        assertThat(group.customers()).extracting(Customer::id).contains(a.id(), b.id(), c.id());
        assertThat(group.reasons()).contains(SAME_PHONE, SAME_NAME_AND_READING);
        assertThat(group.score()).isGreaterThanOrEqualTo(95);
        assertThat(groupOf(unrelated)).isNull();
    }

    @Test
    void sameEmailIgnoringCaseIsAGroupWithItsReason() {
        Customer x = save("鳥羽", "里佳", "トバ", "リカ", null, null, "Rika.Toba@example.jp");
        Customer y = save("戸羽", "梨花", "トワ", "リカ", null, null, "rika.toba@example.jp ");
        DuplicateGroup group = groupOf(x);
        assertThat(group).isNotNull();
        assertThat(group.customers()).extracting(Customer::id).contains(y.id());
        assertThat(group.reasons()).containsExactly(SAME_EMAIL);
        assertThat(group.score()).isEqualTo(85);
    }

    @Test
    void scoresCombineIndependentHints() {
        assertThat(DuplicateGroup.score(Set.of(SAME_PHONE))).isEqualTo(90);
        assertThat(DuplicateGroup.score(Set.of(SAME_PHONE, SAME_EMAIL))).isEqualTo(99);
        assertThat(DuplicateGroup.score(Set.of())).isZero();
        assertThat(List.of(DuplicateGroup.Reason.values())).hasSize(4);
    }
}
