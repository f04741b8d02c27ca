package jp.salonkarte.karte;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByCustomerIdOrderByVisitedOnDescIdDesc(long customerId, Pageable page);

    long countByCustomerId(long customerId);

    long countByCustomerIdAndVisitedOnAfter(long customerId, java.time.LocalDate after);

    @Query("select coalesce(sum(m.price), 0) from visit_menu m join visit v on v.id = m.visit_id"
            + " where v.customer_id = :customerId")
    long menuTotal(@Param("customerId") long customerId);

    @Query("select max(visited_on) from visit where customer_id = :customerId")
    java.time.LocalDate lastVisit(@Param("customerId") long customerId);
}
