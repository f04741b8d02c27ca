package jp.salonkarte.customer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer records: listing in kana order (search, duplicates and merge come with issue 3). */
@Service
public class CustomerService {

    private final CustomerRepository customers;

    CustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public List<Customer> list(Pageable page) {
        return customers.findAllByOrderByFamilyNameKanaAscGivenNameKanaAsc(page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return customers.count();
    }

    @Transactional
    public void createAll(Collection<Customer> newCustomers) {
        customers.saveAll(newCustomers);
    }
}
