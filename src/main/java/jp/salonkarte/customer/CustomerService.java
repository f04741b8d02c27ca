package jp.salonkarte.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.Access;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SearchText;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer records: save, and the one-box search by any part of name, reading, phone, number or staff. */
@Service
public class CustomerService {

    public static final int SEARCH_LIMIT = 50;

    private final CustomerRepository customers;
    private final CustomerSearchIndex index;
    private final StaffService staff;
    private final StoreService stores;
    private final Clock clock;
    private final AuditLog audit;

    CustomerService(CustomerRepository customers, CustomerSearchIndex index, StaffService staff, StoreService stores,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.customers = customers;
        this.index = index;
        this.staff = staff;
        this.stores = stores;
        this.clock = clock;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<Customer> list(Pageable page) {
        return customers.findAllByOrderByFamilyNameKanaAscGivenNameKanaAsc(page);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public long count() {
        return customers.count();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Customer> find(long id) {
        return customers.findById(id);
    }

    /** Saves a new or changed customer and re-indexes it; a new one gets its customer number. */
    @Access.Staff
    @Transactional
    public Customer save(Customer customer) {
        Customer saved = customers.save(customer.touchedAt(clock.instant()));
        if (saved.customerNo() == null) {
            saved = customers.save(saved.withCustomerNo(String.format("%06d", saved.id())));
        }
        index.update(saved);
        audit.record(customer.id() == null ? AuditKind.CUSTOMER_CREATED : AuditKind.CUSTOMER_CHANGED, saved.id(), null);
        return saved;
    }

    @Access.Staff
    @Transactional
    public void createAll(Collection<Customer> newCustomers) {
        List<Customer> saved = new ArrayList<>();
        for (Customer c : customers.saveAll(newCustomers)) {
            saved.add(c.customerNo() == null ? customers.save(c.withCustomerNo(String.format("%06d", c.id()))) : c);
        }
        index.insert(saved);
    }

    /**
     * Active customers with this phone number (mobile or landline, in any notation) or this
     * e-mail address (case ignored): the candidates when a web booking is matched to a customer.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Customer> findActiveByPhoneOrEmail(String phone, String email) {
        Set<Long> ids = new LinkedHashSet<>();
        String digits = PhoneNumber.digits(phone).replace("+", "");
        List<Customer> found = new ArrayList<>();
        if (digits.length() >= 8) {
            for (Customer c : index.load(index.find(digits, SEARCH_LIMIT))) {
                boolean samePhone = digits.equals(PhoneNumber.digits(c.mobilePhone()).replace("+", ""))
                        || digits.equals(PhoneNumber.digits(c.landlinePhone()).replace("+", ""));
                if (samePhone && c.active() && ids.add(c.id())) {
                    found.add(c);
                }
            }
        }
        if (email != null && !email.isBlank()) {
            for (Customer c : customers.findActiveByEmail(email.strip())) {
                if (ids.add(c.id())) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** Every tag in use, for the tag picker: tags are free but reused, so typos do not multiply. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<String> allTags() {
        return customers.findAllTags();
    }

    /** Customers are never deleted once they have history; they are deactivated (and can come back). */
    @Access.Staff
    @Transactional
    public Customer setActive(long id, boolean active) {
        Customer c = customers.findById(id).orElseThrow();
        return save(c.withActive(active));
    }

    /**
     * Customers matching any part of the name (kanji or reading, either kana script, either
     * width), phone (punctuation ignored), customer number, or assigned staff's name.
     */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Customer> search(String query) {
        String q = PhoneNumber.looksLikePhone(query) ? PhoneNumber.digits(query).replace("+", "")
                : SearchText.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>(index.find(q, SEARCH_LIMIT));
        List<Long> staffIds = stores.currentStore().map(s -> staff.list(s.id())).orElse(List.of()).stream()
                .filter(s -> SearchText.normalize(s.familyName() + s.givenName()).contains(q)
                        || SearchText.normalize(s.familyNameKana() + s.givenNameKana()).contains(q))
                .map(Staff::id).toList();
        if (!staffIds.isEmpty() && ids.size() < SEARCH_LIMIT) {
            ids.addAll(customers.findIdsByAssignedStaff(staffIds, SEARCH_LIMIT - ids.size()));
        }
        return index.load(ids).stream()
                .sorted(Comparator.comparing(Customer::familyNameKana).thenComparing(Customer::givenNameKana))
                .toList();
    }
}
