package jp.salonkarte.store;

import java.util.Optional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;

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

    /**
     * The store of the staff member logged in (DD038): what every staff screen and service works on.
     * Empty for system jobs and anonymous visitors, which name their store explicitly.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Store> currentStore() {
        return Actor.current().flatMap(actor -> stores.findById(actor.storeId()));
    }

    /**
     * The store the public pages show (web booking at {@code /book}, the login page): the store of a
     * single-store install. Chains get a store in the address (issue 18); until then the oldest store.
     */
    @Access.Public
    @Transactional(readOnly = true)
    public Optional<Store> publicStore() {
        return stores.findFirst();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Store> find(long id) {
        return stores.findById(id);
    }

    @Access.Public
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return stores.count() > 0;
    }

    @Access.Manager
    @Transactional
    public Store save(Store store) {
        return stores.save(store);
    }

    /**
     * First-run setup on an empty database: the store and its owner in one transaction.
     * Refused once a store exists, so the open setup page cannot be used to take over a salon.
     */
    @Access.Public
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
