package jp.salonkarte.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StaffRepository extends ListCrudRepository<Staff, Long> {

    Optional<Staff> findByEmail(String email);

    List<Staff> findByStoreIdOrderByIdAsc(long storeId);

    long countByStoreIdAndRoleAndActiveTrue(long storeId, Role role);
}
