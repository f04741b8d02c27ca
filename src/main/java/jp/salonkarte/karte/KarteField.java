package jp.salonkarte.karte;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A field of the karte template for one salon type (e.g. nail "形" with its choices). Fields
 * are data: the defaults (no store) come with the app, owners add their own per store.
 */
@Table("karte_field")
public record KarteField(@Id @Nullable Long id, @Nullable Long storeId, SalonType salonType, String label, Kind kind,
        @Nullable String options, @Nullable String unit, int position, boolean active) {

    public static final int VALUE_MAX_LENGTH = 500;
    public static final int LABEL_MAX_LENGTH = 40;
    public static final int OPTIONS_MAX_LENGTH = 500;
    public static final int UNIT_MAX_LENGTH = 10;

    public enum Kind { TEXT, NOTE, NUMBER, CHOICE }

    public List<String> choices() {
        return options == null || options.isBlank() ? List.of() : Arrays.stream(options.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a value typed or chosen for this field can be stored. */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        if (value.length() > VALUE_MAX_LENGTH) {
            return false;
        }
        return switch (kind) {
            case NUMBER -> java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip()
                    .matches("\\d{1,6}(\\.\\d{1,2})?");
            case CHOICE -> choices().contains(value);
            case TEXT, NOTE -> true;
        };
    }
}
