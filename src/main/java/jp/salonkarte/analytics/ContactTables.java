package jp.salonkarte.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.salonkarte.customer.CustomerReference;

/**
 * The analytics rows that belong to a customer: a merge (顧客統合) moves the contacts staff made and
 * the rank history to the survivor, and its undo moves them back. The scores themselves are not
 * moved: the next computation scores the survivor with the merged visits.
 */
@Configuration
class ContactTables {

    @Bean
    CustomerReference customerContactTable() {
        return reference("customer_contact", "merge.moves.contacts");
    }

    @Bean
    CustomerReference rankHistoryTable() {
        return reference("rfm_rank_history", "merge.moves.rankHistory");
    }

    private static CustomerReference reference(String table, String labelKey) {
        return new CustomerReference() {
            @Override
            public String table() {
                return table;
            }

            @Override
            public String customerColumn() {
                return "customer_id";
            }

            @Override
            public String labelKey() {
                return labelKey;
            }
        };
    }
}
