package jp.salonkarte.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Merge and undo against real MariaDB, with a stand-in "visit" table of another feature, so
 * that rows moving to the survivor and coming back are checked row by row.
 */
@SpringBootTest(properties = "salonkarte.db.name=salonkarte_merge_test")
@WithUserDetails("manager@example.com")
@ActiveProfiles("test")
class CustomerMergeOwnContextTest {

    @TestConfiguration
    static class VisitTable {
        @Bean
        CustomerReference visits(JdbcClient jdbc) {
            jdbc.sql("create table if not exists test_visit (id bigint auto_increment primary key,"
                    + " customer_id bigint not null, visited_on date not null)").update();
            return new CustomerReference() {
                public String table() { return "test_visit"; }
                public String customerColumn() { return "customer_id"; }
                public String labelKey() { return "merge.moves.visits"; }
            };
        }
    }

    @Autowired CustomerService customers;
    @Autowired CustomerMergeService merging;
    @Autowired JdbcClient jdbc;

    private Customer older;
    private Customer newer;

    private Customer save(String given, String mobile, String email, Set<CustomerTag> tags) {
        Instant now = Instant.now();
        return customers.save(new Customer(null, null, "統合", given, "トウゴウ", "ミキ", mobile, null, email, null, null,
                null, null, null, null, null, null, null, false, true, now, now, tags, 0));
    }

    private void visit(Customer c, String date) {
        jdbc.sql("insert into test_visit (customer_id, visited_on) values (?, ?)").param(c.id())
                .param(LocalDate.parse(date)).update();
    }

    private List<Long> visitsOf(Customer c) {
        return jdbc.sql("select id from test_visit where customer_id = ? order by visited_on").param(c.id())
                .query(Long.class).list();
    }

    @BeforeEach
    void twoRecordsOfOnePerson() {
        older = save("美樹", "090-3333-4444", null, Set.of(new CustomerTag("紹介")));
        newer = save("美希", null, "miki@example.jp", Set.of(new CustomerTag("学割")));
        visit(older, "2025-04-01");
        visit(newer, "2025-10-12");
        visit(newer, "2026-02-03");
    }

    private Customer survivorWithEmailOf(Customer survivor, Customer other) {
        Customer s = customers.find(survivor.id()).orElseThrow();
        return new Customer(s.id(), s.customerNo(), s.familyName(), s.givenName(), s.familyNameKana(),
                s.givenNameKana(), s.mobilePhone(), s.landlinePhone(), other.email(), s.birthday(), s.gender(),
                s.postalCode(), s.address(), s.occupation(), s.referralSource(), s.preferences(), s.cautions(),
                s.assignedStaffId(), s.mailOptIn(), s.active(), s.createdAt(), s.updatedAt(), s.tags(), s.version());
    }

    @Test
    void mergeMovesEveryRowAndUnionsTagsAndUndoPutsEverythingBack() {
        List<Long> newerVisits = visitsOf(newer);
        var preview = merging.preview(older.id(), newer.id());
        assertThat(preview.moves()).containsEntry("merge.moves.visits", 2);
        assertThat(preview.tagsAfter()).containsExactlyInAnyOrder("紹介", "学割");

        CustomerMerge merge = merging.merge(survivorWithEmailOf(older, newer), newer.id());
        long manager = jdbc.sql("select id from staff where email = 'manager@example.com'").query(Long.class).single();
        assertThat(merge.mergedByStaffId()).as("who merged: the logged-in staff member's id").isEqualTo(manager);
        assertThat(merge.mergedBy()).as("no display name written").isNull();

        Customer survivor = customers.find(older.id()).orElseThrow();
        Customer merged = customers.find(newer.id()).orElseThrow();
        assertThat(survivor.email()).isEqualTo("miki@example.jp");
        assertThat(survivor.tags()).extracting(CustomerTag::tag).containsExactlyInAnyOrder("紹介", "学割");
        assertThat(merged.active()).isFalse();
        assertThat(visitsOf(older)).hasSize(3).containsAll(newerVisits);
        assertThat(visitsOf(newer)).isEmpty();
        assertThat(customers.search("とうごうみき").stream().map(Customer::id)).contains(older.id());
        assertThat(merging.history(older.id())).extracting(CustomerMerge::id).contains(merge.id());

        merging.undo(merge.id());

        assertThat(merging.history(older.id())).filteredOn(m -> m.id().equals(merge.id())).singleElement()
                .extracting(CustomerMerge::undoneByStaffId).isEqualTo(manager);
        assertThat(visitsOf(newer)).containsExactlyElementsOf(newerVisits);
        assertThat(visitsOf(older)).hasSize(1);
        Customer survivorBack = customers.find(older.id()).orElseThrow();
        Customer mergedBack = customers.find(newer.id()).orElseThrow();
        assertThat(survivorBack.email()).isNull();
        assertThat(survivorBack.tags()).extracting(CustomerTag::tag).containsExactly("紹介");
        assertThat(mergedBack.active()).isTrue();
        assertThat(mergedBack.tags()).extracting(CustomerTag::tag).containsExactly("学割");
        assertThat(merging.history(older.id()).getFirst().undone()).isTrue();
    }

    @Test
    void undoIsRefusedOnceTheSurvivorWasChangedAgain() {
        CustomerMerge merge = merging.merge(customers.find(older.id()).orElseThrow(), newer.id());
        Customer survivor = customers.find(older.id()).orElseThrow();
        customers.save(new Customer(survivor.id(), survivor.customerNo(), survivor.familyName(), survivor.givenName(),
                survivor.familyNameKana(), survivor.givenNameKana(), survivor.mobilePhone(), survivor.landlinePhone(),
                survivor.email(), survivor.birthday(), survivor.gender(), survivor.postalCode(), survivor.address(),
                survivor.occupation(), survivor.referralSource(), "新しいメモ", survivor.cautions(),
                survivor.assignedStaffId(), survivor.mailOptIn(), survivor.active(), survivor.createdAt(),
                survivor.updatedAt(), survivor.tags(), survivor.version()));

        assertThat(merging.undoBlocker(merging.history(older.id()).getFirst())).contains("merge.undo.changed");
        assertThatThrownBy(() -> merging.undo(merge.id()))
                .isInstanceOf(CustomerMergeService.UndoNotPossible.class);
        assertThat(visitsOf(older)).hasSize(3);
        assertThat(customers.find(newer.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void undoIsRefusedWhenAMovedRowWasMovedAgain() {
        CustomerMerge merge = merging.merge(customers.find(older.id()).orElseThrow(), newer.id());
        Customer third = save("三人目", null, null, Set.of());
        jdbc.sql("update test_visit set customer_id = ? where id = ?").param(third.id())
                .param(visitsOf(older).getLast()).update();
        assertThat(merging.undoBlocker(merging.history(older.id()).getFirst())).contains("merge.undo.rows-changed");
        assertThatThrownBy(() -> merging.undo(merge.id()))
                .isInstanceOf(CustomerMergeService.UndoNotPossible.class);
    }
}
