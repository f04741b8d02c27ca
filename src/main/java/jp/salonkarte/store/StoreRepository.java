package jp.salonkarte.store;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoreRepository extends ListCrudRepository<Store, Long> {

    @Query("select * from store order by id limit 1")
    Optional<Store> findFirst();
}
