package jp.salonkarte.karte;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One visit on a customer's karte: when, where, who, the menus done, free notes, advice for
 * the next visit, and the template fields of the salon type.
 */
@Table("visit")
public record Visit(
        @Id @Nullable Long id,
        long customerId,
        long storeId,
        @Nullable Long staffId,
        LocalDate visitedOn,
        @Nullable String notes,
        @Nullable String advice,
        Instant createdAt,
        Instant updatedAt,
        @MappedCollection(idColumn = "visit_id", keyColumn = "position") List<VisitMenu> menus,
        @MappedCollection(idColumn = "visit_id") Set<VisitField> fields,
        @Version int version) {

    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int ADVICE_MAX_LENGTH = 1000;
    public static final int MENUS_MAX = 20;

    public Visit {
        menus = menus == null ? List.of() : List.copyOf(menus);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }

    /** The menus done, as named and priced on the day. */
    @Table("visit_menu")
    public record VisitMenu(@Nullable Long menuItemId, String name, int price) {
    }

    /** A template field's value on this visit. */
    @Table("visit_field")
    public record VisitField(long fieldId, String value) {
    }

    Visit touchedAt(Instant now) {
        return new Visit(id, customerId, storeId, staffId, visitedOn, notes, advice, id == null ? now : createdAt, now,
                menus, fields, version);
    }
}
