package jp.salonkarte.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.UserMessageException;

/**
 * RFM ranks (issue 14): per customer, over the last 12 months of visits (standing tickets, DD041),
 * a score of 1–5 for how recently they came (R), how often (F) and how much they spent (M), on
 * fixed thresholds a salon can read off the (i) ({@link #recency}, {@link #frequency},
 * {@link #monetary}); and a named rank (the medal on the karte): the highest of the store's ranks
 * whose minimum R+F+M the customer reaches. Scores are recomputed nightly ({@link RfmJob}) and on
 * demand, and kept in {@code rfm_score}; each change of a customer's rank is a row of their rank
 * history.
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class RfmRanks {

    public static final int MONTHS = 12;
    public static final int MAX_RANKS = 6;
    public static final int NAME_MAX_LENGTH = 20;

    /** A named rank; {@code contact}: its customers are listed in 「今日連絡したいお客様」 when overdue. */
    public record Rank(String name, int minScore, String color, boolean contact) {
    }

    /** The ranks a store starts with. */
    public static final List<Rank> DEFAULT_RANKS = List.of(new Rank("プラチナ", 13, "#5B6B7F", true),
            new Rank("ゴールド", 10, "#B8860B", true), new Rank("シルバー", 7, "#8A8D91", false),
            new Rank("ブロンズ", 3, "#A0522D", false));

    /** A customer's latest scores. */
    public record Score(long customerId, int recency, int frequency, int monetary, @Nullable String rankName,
            @Nullable String rankColor, boolean contact, LocalDate lastVisit, int visits, long amount,
            LocalDate computedOn) {

        public int total() {
            return recency + frequency + monetary;
        }
    }

    /** One change of a customer's rank: from {@code since}, {@code rankName} (null: no rank any more). */
    public record Change(LocalDate since, @Nullable String rankName, @Nullable Integer score) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    RfmRanks(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** R: days since the last visit — ≤ 30 → 5, ≤ 60 → 4, ≤ 90 → 3, ≤ 180 → 2, else 1. */
    public static int recency(long days) {
        return days <= 30 ? 5 : days <= 60 ? 4 : days <= 90 ? 3 : days <= 180 ? 2 : 1;
    }

    /** F: visits in 12 months — ≥ 10 → 5, ≥ 6 → 4, ≥ 4 → 3, ≥ 2 → 2, else 1. */
    public static int frequency(int visits) {
        return visits >= 10 ? 5 : visits >= 6 ? 4 : visits >= 4 ? 3 : visits >= 2 ? 2 : 1;
    }

    /** M: yen spent in 12 months (tax included) — ≥ 100,000 → 5, ≥ 60,000 → 4, ≥ 30,000 → 3, ≥ 10,000 → 2, else 1. */
    public static int monetary(long yen) {
        return yen >= 100_000 ? 5 : yen >= 60_000 ? 4 : yen >= 30_000 ? 3 : yen >= 10_000 ? 2 : 1;
    }

    /** The store's ranks, highest first; the defaults until the owner saved their own. */
    public List<Rank> ranks(long storeId) {
        ReportScope.checkStore(storeId);
        List<Rank> stored = jdbc.sql("select name, min_score, color, contact from rfm_rank where store_id = ?"
                        + " order by min_score desc").param(storeId)
                .query((rs, n) -> new Rank(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4))).list();
        return stored.isEmpty() ? DEFAULT_RANKS : stored;
    }

    /**
     * Replaces the store's ranks and gives every customer their rank under them at once. Refuses
     * (changing nothing) no ranks or more than {@value #MAX_RANKS}, a blank or long or repeated name,
     * a minimum outside 3–15 or repeated, a colour that is not {@code #RRGGBB}.
     */
    @Access.Manager
    @Transactional
    public void saveRanks(long storeId, List<Rank> ranks) {
        ReportScope.checkStore(storeId);
        if (ranks.isEmpty() || ranks.size() > MAX_RANKS) {
            throw new UserMessageException("rfm.error.count", MAX_RANKS);
        }
        Set<String> names = new HashSet<>();
        Set<Integer> scores = new HashSet<>();
        for (Rank r : ranks) {
            String name = r.name() == null ? "" : r.name().strip();
            if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
                throw new UserMessageException("rfm.error.name", NAME_MAX_LENGTH);
            }
            if (!names.add(name)) {
                throw new UserMessageException("rfm.error.nameTwice", name);
            }
            if (r.minScore() < 3 || r.minScore() > 15) {
                throw new UserMessageException("rfm.error.score");
            }
            if (!scores.add(r.minScore())) {
                throw new UserMessageException("rfm.error.scoreTwice", r.minScore());
            }
            if (r.color() == null || !r.color().matches("#[0-9A-Fa-f]{6}")) {
                throw new UserMessageException("rfm.error.color");
            }
        }
        jdbc.sql("delete from rfm_rank where store_id = ?").param(storeId).update();
        for (Rank r : ranks) {
            jdbc.sql("insert into rfm_rank (store_id, name, min_score, color, contact) values (?, ?, ?, ?, ?)")
                    .params(storeId, r.name().strip(), r.minScore(), r.color().toUpperCase(java.util.Locale.ROOT),
                            r.contact()).update();
        }
        recompute(storeId);
    }

    /**
     * Scores every customer with a visit in the last {@value #MONTHS} months as of today, replaces
     * the store's scores, and adds a history row for each customer whose rank changed (also for one
     * who lost their rank). Returns the number of customers scored.
     */
    @Access.Manager
    @Transactional
    public int recompute(long storeId) {
        ReportScope.checkStore(storeId);
        LocalDate today = LocalDate.now(clock);
        List<Rank> ranks = ranks(storeId).stream().sorted(Comparator.comparingInt(Rank::minScore).reversed()).toList();
        Map<Long, String> before = new HashMap<>();
        jdbc.sql("select customer_id, rank_name from rfm_score where store_id = ?").param(storeId)
                .query(rs -> {
                    before.put(rs.getLong(1), rs.getString(2));
                });
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Object[]> changes = new LinkedHashMap<>();
        jdbc.sql("""
                select t.customer_id, max(t.business_day), count(distinct t.business_day), sum(t.total)
                from ticket t join customer c on c.id = t.customer_id and c.active
                where t.store_id = :store and t.business_day > :from and t.business_day <= :today
                  and not exists (select 1 from ticket_reversal r where r.ticket_id = t.id)
                group by t.customer_id""")
                .param("store", storeId).param("from", today.minusMonths(MONTHS)).param("today", today)
                .query(rs -> {
                    long customerId = rs.getLong(1);
                    LocalDate last = rs.getObject(2, LocalDate.class);
                    int visits = rs.getInt(3);
                    long amount = rs.getLong(4);
                    int r = recency(ChronoUnit.DAYS.between(last, today));
                    int f = frequency(visits);
                    int m = monetary(amount);
                    Rank rank = ranks.stream().filter(k -> r + f + m >= k.minScore()).findFirst().orElse(null);
                    String name = rank == null ? null : rank.name();
                    rows.add(new Object[] {storeId, customerId, r, f, m, name, rank == null ? null : rank.color(),
                            rank != null && rank.contact(), last, visits, amount, today});
                    if (!before.containsKey(customerId) || !Objects.equals(before.get(customerId), name)) {
                        changes.put(customerId, new Object[] {storeId, customerId, today, name, r + f + m});
                    }
                    before.remove(customerId);
                });
        // Customers scored last time without a visit in the window now: they lost their rank.
        before.forEach((customerId, name) -> {
            if (name != null) {
                changes.put(customerId, new Object[] {storeId, customerId, today, null, null});
            }
        });
        jdbc.sql("delete from rfm_score where store_id = ?").param(storeId).update();
        batch.batchUpdate("""
                insert into rfm_score (store_id, customer_id, recency, frequency, monetary, rank_name, rank_color, contact,
                    last_visit, visits, amount, computed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        // A second run on the same day replaces that day's entry instead of adding one.
        batch.batchUpdate("delete from rfm_rank_history where store_id = ? and customer_id = ? and since = ?",
                changes.values().stream().map(c -> new Object[] {c[0], c[1], c[2]}).toList());
        batch.batchUpdate("insert into rfm_rank_history (store_id, customer_id, since, rank_name, score)"
                + " values (?, ?, ?, ?, ?)", List.copyOf(changes.values()));
        return rows.size();
    }

    /** The customer's latest scores, if they have a visit in the last 12 months as of the last computation. */
    public Optional<Score> scoreOf(long storeId, long customerId) {
        ReportScope.checkStore(storeId);
        return jdbc.sql("select * from rfm_score where store_id = ? and customer_id = ?").params(storeId, customerId)
                .query((rs, n) -> new Score(rs.getLong("customer_id"), rs.getInt("recency"), rs.getInt("frequency"),
                        rs.getInt("monetary"), rs.getString("rank_name"), rs.getString("rank_color"),
                        rs.getBoolean("contact"), rs.getObject("last_visit", LocalDate.class), rs.getInt("visits"),
                        rs.getLong("amount"), rs.getObject("computed_on", LocalDate.class)))
                .optional();
    }

    /** The customer's rank history, newest first. */
    public List<Change> history(long storeId, long customerId) {
        ReportScope.checkStore(storeId);
        return jdbc.sql("""
                select since, rank_name, score from rfm_rank_history where store_id = ? and customer_id = ?
                order by since desc, id desc""").params(storeId, customerId)
                .query((rs, n) -> new Change(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getObject(3, Integer.class)))
                .list();
    }

    /** The customers of each rank (highest first; those without a rank under {@code null}). */
    public Map<@Nullable String, List<Long>> customersByRank(long storeId) {
        ReportScope.checkStore(storeId);
        Map<@Nullable String, List<Long>> byRank = new LinkedHashMap<>();
        ranks(storeId).forEach(r -> byRank.put(r.name(), new ArrayList<>()));
        jdbc.sql("select customer_id, rank_name from rfm_score where store_id = ? order by customer_id").param(storeId)
                .query(rs -> {
                    byRank.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        return byRank;
    }

    /** The day the scores were last computed, if ever. */
    public Optional<LocalDate> computedOn(long storeId) {
        ReportScope.checkStore(storeId);
        return Optional.ofNullable(jdbc.sql("select max(computed_on) from rfm_score where store_id = ?").param(storeId)
                .query(LocalDate.class).single());
    }
}
