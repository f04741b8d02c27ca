package jp.salonkarte.customer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends ListCrudRepository<Customer, Long>, PagingAndSortingRepository<Customer, Long> {

    List<Customer> findAllByOrderByFamilyNameKanaAscGivenNameKanaAsc(Pageable pageable);

    @Query("select * from customer where active")
    List<Customer> findAllActive();

    @Query("select * from customer where active and email = :email")
    List<Customer> findActiveByEmail(@Param("email") String email);

    @Query("select distinct tag from customer_tag order by tag")
    List<String> findAllTags();

    @Query("select id from customer where assigned_staff_id in (:staffIds) and active order by family_name_kana limit :limit")
    List<Long> findIdsByAssignedStaff(@Param("staffIds") Collection<Long> staffIds, @Param("limit") int limit);
}
