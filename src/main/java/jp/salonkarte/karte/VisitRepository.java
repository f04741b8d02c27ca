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

    @Query("select max(visited_on) from visit where customer_id = :customerId")
    java.time.LocalDate lastVisit(@Param("customerId") long customerId);
}
