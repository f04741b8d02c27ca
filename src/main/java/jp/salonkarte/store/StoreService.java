package jp.salonkarte.store;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's settings, and the first-run setup that creates the store and its owner. */
@Service
public class StoreService {

    private final StoreRepository stores;
    private final StaffService staff;

    StoreService(StoreRepository stores, StaffService staff) {
        this.stores = stores;
        this.staff = staff;
    }

    /** The salon this install serves (chains get a store picker in a later issue). */
    @Transactional(readOnly = true)
    public Optional<Store> currentStore() {
        return stores.findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Store> find(long id) {
        return stores.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return stores.count() > 0;
    }

    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Transactional
    public Store save(Store store) {
        return stores.save(store);
    }

    /**
     * First-run setup on an empty database: the store and its owner in one transaction.
     * Refused once a store exists, so the open setup page cannot be used to take over a salon.
     */
    @Transactional
    public Store setUp(Store store, StaffDraft owner, String password, String pin) {
        if (stores.count() > 0) {
            throw new IllegalStateException("the salon is already set up");
        }
        Store saved = stores.save(store);
        staff.createUnchecked(owner.withRole(Role.OWNER), saved.id(), password, pin);
        return saved;
    }
}
