package jp.salonkarte.customer;

import java.util.List;
import java.util.Set;

/**
 * Customers who are probably the same person, why we think so, and how sure we are
 * (0–100; several independent reasons add up).
 */
public record DuplicateGroup(List<Customer> customers, Set<Reason> reasons, int score) {

    /** Why records were grouped; each reason has its own weight. */
    public enum Reason {
        SAME_PHONE(90), SAME_EMAIL(85), SAME_NAME_AND_READING(80), SAME_READING(45);

        private final int weight;

        Reason(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }

        public String labelKey() {
            return "duplicate.reason." + name();
        }
    }

    /** 100 × (1 − Π(1 − wᵢ/100)): two independent 80% hints make 96%. */
    static int score(Set<Reason> reasons) {
        double notSame = 1;
        for (Reason r : reasons) {
            notSame *= 1 - r.weight() / 100.0;
        }
        return (int) Math.round(100 * (1 - notSame));
    }
}
