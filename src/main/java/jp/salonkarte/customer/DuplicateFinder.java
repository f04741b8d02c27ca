package jp.salonkarte.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SearchText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate finder (重複チェック): groups active customers who share a phone number
 * (mobile or landline, in any notation), an e-mail address, or a name read the same way
 * (kanji, hiragana and katakana folded), and scores each group.
 */
@Service
public class DuplicateFinder {

    private final CustomerRepository customers;

    DuplicateFinder(CustomerRepository customers) {
        this.customers = customers;
    }

    @Access.Manager
    @Transactional(readOnly = true)
    public List<DuplicateGroup> find() {
        List<Customer> all = customers.findAllActive();
        Map<Long, Customer> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        UnionFind groups = new UnionFind();
        Map<Long, Set<DuplicateGroup.Reason>> reasonsByRoot = new HashMap<>();
        List<Link> links = new ArrayList<>();
        links.addAll(linksBy(all, DuplicateGroup.Reason.SAME_PHONE, c -> List.of(
                PhoneNumber.digits(c.mobilePhone()), PhoneNumber.digits(c.landlinePhone()))));
        links.addAll(linksBy(all, DuplicateGroup.Reason.SAME_EMAIL,
                c -> List.of(c.email() == null ? "" : c.email().strip().toLowerCase())));
        links.addAll(linksBy(all, DuplicateGroup.Reason.SAME_READING,
                c -> List.of(SearchText.normalize(c.familyNameKana() + c.givenNameKana()))));
        links.addAll(linksBy(all, DuplicateGroup.Reason.SAME_NAME_AND_READING,
                c -> List.of(SearchText.normalize(c.familyName() + c.givenName()) + "|"
                        + SearchText.normalize(c.familyNameKana() + c.givenNameKana()))));
        links.forEach(l -> groups.union(l.a(), l.b()));
        for (Link l : links) {
            reasonsByRoot.computeIfAbsent(groups.find(l.a()), k -> EnumSet.noneOf(DuplicateGroup.Reason.class))
                    .add(l.reason());
        }
        Map<Long, List<Customer>> members = new LinkedHashMap<>();
        for (Customer c : all) {
            if (groups.contains(c.id())) {
                members.computeIfAbsent(groups.find(c.id()), k -> new ArrayList<>()).add(c);
            }
        }
        List<DuplicateGroup> result = new ArrayList<>();
        members.forEach((root, list) -> {
            Set<DuplicateGroup.Reason> reasons = reasonsByRoot.get(root);
            if (reasons.contains(DuplicateGroup.Reason.SAME_NAME_AND_READING)) {
                reasons.remove(DuplicateGroup.Reason.SAME_READING); // implied, do not count twice
            }
            list.sort(Comparator.comparing(Customer::createdAt));
            result.add(new DuplicateGroup(List.copyOf(list), Set.copyOf(reasons), DuplicateGroup.score(reasons)));
        });
        Comparator<DuplicateGroup> byScore = Comparator.comparingInt(DuplicateGroup::score);
        result.sort(byScore.reversed().thenComparing(g -> g.customers().getFirst().familyNameKana()));
        return result;
    }

    private record Link(long a, long b, DuplicateGroup.Reason reason) {
    }

    private static List<Link> linksBy(List<Customer> all, DuplicateGroup.Reason reason,
            Function<Customer, List<String>> keys) {
        Map<String, Long> first = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (Customer c : all) {
            for (String key : Set.copyOf(keys.apply(c))) {
                if (key.isEmpty() || key.equals("|")) {
                    continue;
                }
                Long other = first.putIfAbsent(key, c.id());
                if (other != null && other != c.id().longValue()) {
                    links.add(new Link(other, c.id(), reason));
                }
            }
        }
        return links;
    }

    /** Disjoint sets of customer ids, so A~B and B~C end up in one group. */
    private static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();

        long find(long x) {
            Long p = parent.get(x);
            if (p == null || p == x) {
                return x;
            }
            long root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(long a, long b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                parent.put(rb, ra);
            }
        }

        boolean contains(long x) {
            return parent.containsKey(x);
        }
    }
}
