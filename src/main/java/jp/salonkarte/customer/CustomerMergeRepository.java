package jp.salonkarte.customer;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CustomerMergeRepository extends ListCrudRepository<CustomerMerge, Long> {

    @Query("select * from customer_merge where survivor_id = :id or merged_id = :id order by merged_at desc")
    List<CustomerMerge> findByCustomer(@Param("id") long customerId);
}
