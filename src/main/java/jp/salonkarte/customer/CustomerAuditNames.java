package jp.salonkarte.customer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.salonkarte.audit.AuditedCustomers;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the customers of the audit log's owner screen (the audit feature cannot depend on this one). */
@Component
@PreAuthorize("hasRole('OWNER')")
class CustomerAuditNames implements AuditedCustomers {

    private final CustomerService customers;
    private final JdbcClient jdbc;

    CustomerAuditNames(CustomerService customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Named> search(String text) {
        return customers.search(text).stream().map(c -> new Named(c.id(), c.displayName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, family_name, given_name from customer where id in (:ids)").param("ids", ids)
                .query((RowCallbackHandler) rs -> {
                    names.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
                });
        return names;
    }
}
