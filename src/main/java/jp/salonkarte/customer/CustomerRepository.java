package jp.salonkarte.customer;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface CustomerRepository extends ListCrudRepository<Customer, Long>, PagingAndSortingRepository<Customer, Long> {

    List<Customer> findAllByOrderByFamilyNameKanaAscGivenNameKanaAsc(Pageable pageable);
}
