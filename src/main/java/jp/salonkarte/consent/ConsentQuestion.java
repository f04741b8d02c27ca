package jp.salonkarte.consent;

import java.io.Serializable;

/** A free question on a consent form (e.g. アレルギーはありますか), answered by the customer in words. */
public record ConsentQuestion(String label, boolean required) implements Serializable {

    public static final int LABEL_MAX_LENGTH = 100;

    public ConsentQuestion {
        label = label == null ? "" : label.strip();
    }
}
