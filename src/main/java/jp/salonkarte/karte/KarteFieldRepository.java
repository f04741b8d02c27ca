package jp.salonkarte.karte;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface KarteFieldRepository extends ListCrudRepository<KarteField, Long> {

    @Query("select * from karte_field where (store_id is null or store_id = :storeId) and active"
            + " order by salon_type, position, id")
    List<KarteField> findActiveForStore(@Param("storeId") long storeId);

    @Query("select * from karte_field where store_id is null or store_id = :storeId order by salon_type, position, id")
    List<KarteField> findAllForStore(@Param("storeId") long storeId);
}
