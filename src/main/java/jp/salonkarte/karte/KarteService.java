package jp.salonkarte.karte;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.UserMessageException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The karte (電子カルテ) of one customer: its summary, the visit timeline, and recording a visit. */
@Service
public class KarteService {

    /**
     * The karte header's figures. Total spend is the sum of the menus recorded on the visits (their
     * prices then); once checkout records tickets (issue 6) it becomes what was actually paid.
     */
    public record Summary(long visits, @Nullable LocalDate lastVisit, @Nullable Long totalSpend,
            @Nullable CustomerRank rank) {
    }

    /** A visit that cannot be saved, with the i18n key saying why. */
    public static final class InvalidVisitException extends UserMessageException {
        InvalidVisitException(String messageKey) {
            super(messageKey);
        }
    }

    private final VisitRepository visits;
    private final KarteFieldRepository fields;
    private final Clock clock;

    KarteService(VisitRepository visits, KarteFieldRepository fields, Clock clock) {
        this.visits = visits;
        this.fields = fields;
        this.clock = clock;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Summary summary(long customerId) {
        long count = visits.countByCustomerId(customerId);
        LocalDate last = visits.lastVisit(customerId);
        LocalDate today = LocalDate.now(clock);
        long lastYear = count == 0 ? 0 : visits.countByCustomerIdAndVisitedOnAfter(customerId, today.minusYears(1));
        Long spend = count == 0 ? null : visits.menuTotal(customerId);
        return new Summary(count, last, spend, CustomerRank.of(count, lastYear, last, today));
    }

    /** Visits newest first, a page at a time, so a customer with hundreds of visits opens at once. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Visit> timeline(long customerId, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Offsets from a lazy list need not be page-aligned: fetch the pages covering them and cut.
        int page = offset / limit;
        List<Visit> first = visits.findByCustomerIdOrderByVisitedOnDescIdDesc(customerId, PageRequest.of(page, limit));
        int skip = offset - page * limit;
        if (skip == 0) {
            return first;
        }
        List<Visit> next = visits.findByCustomerIdOrderByVisitedOnDescIdDesc(customerId,
                PageRequest.of(page + 1, limit));
        return java.util.stream.Stream.concat(first.stream(), next.stream()).skip(skip).limit(limit).toList();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Visit> find(long visitId) {
        return visits.findById(visitId);
    }

    /** The template fields a store's karte offers, defaults first, in order. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<KarteField> fields(long storeId) {
        return fields.findActiveForStore(storeId);
    }

    /** Every field a store's karte has had, inactive ones too, for the owner's template screen. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<KarteField> allFields(long storeId) {
        return fields.findAllForStore(storeId);
    }

    /**
     * Adds or changes a template field. Fields are never deleted (old visits keep their
     * values' meaning); they are deactivated. A default field (no store) changed here changes
     * for every store of this installation.
     */
    @Access.Manager
    @Transactional
    public KarteField saveField(KarteField field) {
        if (field.label() == null || field.label().isBlank() || field.label().length() > KarteField.LABEL_MAX_LENGTH) {
            throw new InvalidVisitException("karte-field.error.label");
        }
        if (field.kind() == KarteField.Kind.CHOICE && (field.choices().size() < 2
                || field.options().length() > KarteField.OPTIONS_MAX_LENGTH)) {
            throw new InvalidVisitException("karte-field.error.choices");
        }
        if (field.unit() != null && field.unit().length() > KarteField.UNIT_MAX_LENGTH) {
            throw new InvalidVisitException("karte-field.error.unit");
        }
        return fields.save(field);
    }

    @Access.Staff
    @Transactional
    public Visit save(Visit visit) {
        if (visit.visitedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidVisitException("visit.error.future");
        }
        if (visit.notes() != null && visit.notes().length() > Visit.NOTES_MAX_LENGTH
                || visit.advice() != null && visit.advice().length() > Visit.ADVICE_MAX_LENGTH) {
            throw new InvalidVisitException("visit.error.too-long");
        }
        if (visit.menus().size() > Visit.MENUS_MAX) {
            throw new InvalidVisitException("visit.error.too-many-menus");
        }
        Map<Long, KarteField> known = fields.findActiveForStore(visit.storeId()).stream()
                .collect(Collectors.toMap(KarteField::id, Function.identity()));
        for (Visit.VisitField value : visit.fields()) {
            KarteField field = known.get(value.fieldId());
            if (field == null || !field.accepts(value.value())) {
                throw new InvalidVisitException("visit.error.field");
            }
        }
        return visits.save(visit.touchedAt(clock.instant()));
    }
}
