package jp.salonkarte.checkout;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SELECTs reading tickets costs (DD037), counted by MariaDB itself ({@code Com_select}
 * of the session): the day's list is a read model whose cost does not grow with the tickets, and
 * it reads every ticket exactly as loading the aggregate on its own does.
 */
@IntegrationTest
@WithUserDetails("manager@example.com")
class TicketQueriesTest {

    @Autowired CheckoutService checkout;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private long newStore() {
        return jdbc.sql("""
                insert into store (name, opening_time, closing_time, tax_rounding)
                values ('伝票読み込みテスト店', '10:00', '20:00', 'TRUNCATE') returning id""").query(Long.class).single();
    }

    private PaidTicket pay(long storeId, int n) {
        var draft = new TicketDraft(storeId, null, null, List.of(
                new TicketLine(LineKind.SERVICE, null, "カット" + n, 5500, 1, 10, null, Discount.NONE),
                new TicketLine(LineKind.PRODUCT, null, "ハーブティー", 1080, 2, 8, null, Discount.percent(10)),
                new TicketLine(LineKind.OPTION, null, "トリートメント", 2200, 1, 10, null, Discount.yen(200))),
                Discount.yen(300));
        long total = draft.breakdown(jp.salonkarte.store.TaxRounding.TRUNCATE).total();
        return checkout.commit(draft, UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 1000), Payment.cash(total - 1000, 10000)));
    }

    /** The SELECTs this session ran while {@code read} ran, inside one transaction (one connection). */
    private <T> long selects(Supplier<T> read) {
        return new TransactionTemplate(transactions).execute(status -> {
            long before = comSelect();
            long idle = comSelect() - before;
            long start = comSelect();
            read.get();
            return comSelect() - start - idle;
        });
    }

    private long comSelect() {
        return jdbc.sql("show session status like 'Com_select'").query((rs, n) -> rs.getLong(2)).single();
    }

    @Test
    void aDaysTicketsTakeFourSelectsWhetherOneOrSixWerePaidAndOneWhenNoneWere() {
        long store = newStore();
        assertThat(selects(() -> checkout.day(store, checkout.today()))).isEqualTo(1);
        pay(store, 1);
        long forOne = selects(() -> checkout.day(store, checkout.today()));

        for (int n = 2; n <= 6; n++) {
            pay(store, n);
        }
        checkout.voidTicket(checkout.day(store, checkout.today()).getLast().id(), "打ち間違い");
        List<PaidTicket> six = checkout.day(store, checkout.today());
        long forSix = selects(() -> checkout.day(store, checkout.today()));

        assertThat(six).hasSize(6);
        assertThat(forOne).isEqualTo(4);
        assertThat(forSix).isEqualTo(forOne);
    }

    @Test
    void aDaysListReadsEachTicketAsLoadingItAloneDoes() {
        long store = newStore();
        PaidTicket first = pay(store, 1);
        PaidTicket second = pay(store, 2);
        PaidTicket voided = checkout.voidTicket(first.id(), "打ち間違い");

        List<PaidTicket> day = checkout.day(store, checkout.today());

        assertThat(day).extracting(PaidTicket::id).containsExactly(second.id(), first.id());
        assertThat(day.getFirst()).isEqualTo(checkout.find(second.id()).orElseThrow()).isEqualTo(second);
        assertThat(day.getLast()).isEqualTo(voided);
        assertThat(voided.reversal()).isNotNull();
        assertThat(voided.lines()).isEqualTo(first.lines());
        assertThat(voided.rateTotals()).isEqualTo(first.rateTotals()).extracting(Tax.RateTotal::ratePercent)
                .containsExactly(10, 8);
        assertThat(voided.payments()).isEqualTo(first.payments());
    }

    @Test
    void oneTicketIsItsAggregateInFourSelectsAndItsReversalInOne() {
        long store = newStore();
        PaidTicket t = pay(store, 1);

        assertThat(selects(() -> checkout.find(t.id()))).isEqualTo(5);
        assertThat(selects(() -> checkout.day(store, checkout.today()))).isLessThan(5);
    }
}
