package jp.salonkarte.customer;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SearchText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search index of customers: every suffix of the normalised kanji name, kana reading,
 * phone digits and customer number, so that "any part" is a prefix range scan (DD008).
 */
@Component
class CustomerSearchIndex {

    private final JdbcClient jdbc;

    CustomerSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Set<String> tokens(Customer c) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(SearchText.suffixes(SearchText.normalize(c.familyName() + c.givenName())));
        tokens.addAll(SearchText.suffixes(SearchText.normalize(c.familyNameKana() + c.givenNameKana())));
        for (String phone : new String[] {c.mobilePhone(), c.landlinePhone()}) {
            String digits = PhoneNumber.digits(phone);
            if (!digits.isEmpty()) {
                tokens.addAll(SearchText.suffixes(digits.replace("+", "")));
            }
        }
        if (c.customerNo() != null) {
            tokens.add(SearchText.normalize(c.customerNo()));
        }
        tokens.remove("");
        return tokens;
    }

    void update(Customer c) {
        jdbc.sql("delete from customer_search where customer_id = ?").param(c.id()).update();
        insert(List.of(c));
    }

    void insert(Collection<Customer> customers) {
        StringBuilder sql = new StringBuilder("insert ignore into customer_search (customer_id, token) values ");
        List<Object> params = new java.util.ArrayList<>();
        for (Customer c : customers) {
            for (String token : tokens(c)) {
                sql.append(params.isEmpty() ? "(?, ?)" : ", (?, ?)");
                params.add(c.id());
                params.add(token);
                if (params.size() >= 2_000) {
                    jdbc.sql(sql.toString()).params(params).update();
                    sql.setLength(0);
                    sql.append("insert ignore into customer_search (customer_id, token) values ");
                    params.clear();
                }
            }
        }
        if (!params.isEmpty()) {
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Ids of customers with a token starting with the normalised query, at most {@code limit}. */
    List<Long> find(String normalizedQuery, int limit) {
        String escaped = normalizedQuery.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("select distinct customer_id from customer_search where token like ? limit ?")
                .param(escaped + "%").param(limit).query(Long.class).list();
    }

    /**
     * The found customers with their tags in two selects. The repository's findAllById loads the tags with one
     * select per customer, which made a 50-hit search cost 15-25 ms at 100,000 customers (bench/README.md).
     */
    List<Customer> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<CustomerTag>> tags = new HashMap<>();
        jdbc.sql("select customer_id, tag from customer_tag where customer_id in (:ids)").param("ids", ids)
                .query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new CustomerTag(rs.getString(2)));
                });
        return jdbc.sql("select * from customer where id in (:ids)").param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long staffId = rs.getLong("assigned_staff_id");
                    Long assigned = rs.wasNull() ? null : staffId;
                    Date birthday = rs.getDate("birthday");
                    return new Customer(id, rs.getString("customer_no"), rs.getString("family_name"),
                            rs.getString("given_name"), rs.getString("family_name_kana"),
                            rs.getString("given_name_kana"), rs.getString("mobile_phone"),
                            rs.getString("landline_phone"), rs.getString("email"),
                            birthday == null ? null : birthday.toLocalDate(), rs.getString("gender"),
                            rs.getString("postal_code"), rs.getString("address"), rs.getString("occupation"),
                            rs.getString("referral_source"), rs.getString("preferences"), rs.getString("cautions"),
                            assigned, rs.getBoolean("mail_opt_in"), rs.getBoolean("active"),
                            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                            tags.getOrDefault(id, Set.of()), rs.getInt("version"));
                }).list();
    }
}
