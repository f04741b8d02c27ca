package jp.salonkarte.store;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MenuItemRepository extends ListCrudRepository<MenuItem, Long> {

    List<MenuItem> findByStoreIdOrderByCategoryAscNameAsc(long storeId);
}
