package jp.salonkarte.karte;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording visits with menus and template fields, and reading the timeline, on MariaDB. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class KarteServiceTest {

    @Autowired KarteService karte;
    @Autowired CustomerService customers;
    @Autowired StoreService stores;
    @Autowired Clock clock;

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    private Visit visit(Customer c, LocalDate day, Set<Visit.VisitField> fields) {
        return new Visit(null, c.id(), storeId(), null, day, "メモ", null, Instant.now(), Instant.now(),
                List.of(new Visit.VisitMenu(null, "ジェルネイル ワンカラー", 6600)), fields, 0);
    }

    private KarteField field(SalonType type, String label) {
        return karte.fields(storeId()).stream().filter(f -> f.salonType() == type && f.label().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    void aVisitKeepsItsMenusAndTemplateFieldsAndTheTimelineIsNewestFirst() {
        Customer c = customers.save(Customer.create("履歴", "多子", "リレキ", "タコ", Instant.now()));
        LocalDate today = LocalDate.now(clock);
        KarteField shape = field(SalonType.NAIL, "形");
        KarteField stones = field(SalonType.NAIL, "ストーン");
        Visit saved = karte.save(visit(c, today.minusDays(30), Set.of(new Visit.VisitField(shape.id(), "オーバル"),
                new Visit.VisitField(stones.id(), "12"))));
        for (int i = 1; i <= 24; i++) {
            karte.save(visit(c, today.minusDays(30 + i), Set.of()));
        }

        Visit reloaded = karte.find(saved.id()).orElseThrow();
        assertThat(reloaded.menus()).containsExactly(new Visit.VisitMenu(null, "ジェルネイル ワンカラー", 6600));
        assertThat(reloaded.fields()).containsExactlyInAnyOrder(new Visit.VisitField(shape.id(), "オーバル"),
                new Visit.VisitField(stones.id(), "12"));
        assertThat(karte.summary(c.id()).visits()).isEqualTo(25);
        assertThat(karte.summary(c.id()).lastVisit()).isEqualTo(today.minusDays(30));
        assertThat(karte.timeline(c.id(), 0, 20)).hasSize(20).first().isEqualTo(reloaded);
        assertThat(karte.timeline(c.id(), 20, 20)).hasSize(5);
        assertThat(karte.timeline(c.id(), 7, 10)).extracting(Visit::visitedOn)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(7, 17)
                        .mapToObj(i -> today.minusDays(30 + i)).toList());
    }

    @Test
    void badVisitsAreRefusedAndNothingIsSaved() {
        Customer c = customers.save(Customer.create("拒否", "花", "キョヒ", "ハナ", Instant.now()));
        LocalDate today = LocalDate.now(clock);
        KarteField shape = field(SalonType.NAIL, "形");
        KarteField stones = field(SalonType.NAIL, "ストーン");

        assertThatThrownBy(() -> karte.save(visit(c, today.plusDays(1), Set.of())))
                .hasMessage("visit.error.future");
        assertThatThrownBy(() -> karte.save(visit(c, today, Set.of(new Visit.VisitField(shape.id(), "星形")))))
                .hasMessage("visit.error.field");
        assertThatThrownBy(() -> karte.save(visit(c, today, Set.of(new Visit.VisitField(stones.id(), "たくさん")))))
                .hasMessage("visit.error.field");
        assertThat(karte.summary(c.id()).visits()).isZero();
    }
}
