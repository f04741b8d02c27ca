package jp.salonkarte.customer;

import org.springframework.data.relational.core.mapping.Table;

/** A free, reusable label on a customer (e.g. 紹介, 学割, VIP). */
@Table("customer_tag")
public record CustomerTag(String tag) {

    public static final int MAX_LENGTH = 30;

    public CustomerTag {
        if (tag == null || tag.isBlank() || tag.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tag must be 1.." + MAX_LENGTH + " characters");
        }
        tag = tag.strip();
    }
}
