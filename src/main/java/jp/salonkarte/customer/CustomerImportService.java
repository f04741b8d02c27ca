package jp.salonkarte.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Kana;
import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.PhoneNumber;
import jp.salonkarte.base.SearchText;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers from another system's CSV: map the columns, preview every row (new,
 * duplicate of an existing customer or of an earlier row, or an error with its reasons), then
 * create all new ones in one transaction. Nothing is imported while any row has an error,
 * and duplicates are reported, never created (DD009).
 */
@Service
public class CustomerImportService {

    public enum Status { NEW, DUPLICATE, ERROR }

    /** A message for the preview: a translation key and its arguments. */
    public record Message(String key, List<Object> args) {
        static Message of(String key, Object... args) {
            return new Message(key, List.of(args));
        }
    }

    /** One row of the file as it would be imported. */
    public record Row(int line, Status status, @Nullable Customer customer, String name, String kana, String phone,
            List<Message> errors, List<Message> notes) {
    }

    public record Preview(List<Message> mappingErrors, List<Row> rows) {
        public long count(Status status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        /** Importable when the columns make sense, no row has an error, and at least one row is new. */
        public boolean importable() {
            return mappingErrors.isEmpty() && count(Status.ERROR) == 0 && count(Status.NEW) > 0;
        }
    }

    /** The import was refused, e.g. because the data changed since the preview; nothing was created. */
    public static final class RefusedException extends Exception {
        private final transient Preview preview;

        RefusedException(Preview preview) {
            super("import refused");
            this.preview = preview;
        }

        public Preview preview() {
            return preview;
        }
    }

    private static final int SHORT_TEXT_MAX = 40;
    private static final int ADDRESS_MAX = 200;
    private static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final JdbcClient jdbc;
    private final CustomerService customers;
    private final FuriganaSuggester furigana;
    private final StaffService staff;
    private final StoreService stores;
    private final Clock clock;
    private final AuditLog audit;

    CustomerImportService(JdbcClient jdbc, CustomerService customers, FuriganaSuggester furigana, StaffService staff,
            StoreService stores, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.customers = customers;
        this.furigana = furigana;
        this.staff = staff;
        this.stores = stores;
        this.clock = clock;
    }

    /** For each column of the file, the field it most likely holds; a column guessed twice is kept once. */
    @Access.Owner
    public Map<Integer, CsvColumn> guessMapping(List<String> headers) {
        Map<Integer, CsvColumn> mapping = new LinkedHashMap<>();
        Set<CsvColumn> taken = new LinkedHashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            Optional<CsvColumn> guess = CsvColumn.guess(headers.get(i));
            if (guess.isPresent() && taken.add(guess.get())) {
                mapping.put(i, guess.get());
            }
        }
        return mapping;
    }

    @Access.Owner
    @Transactional(readOnly = true)
    public Preview preview(CsvFile file, Map<Integer, CsvColumn> mapping) {
        List<Message> mappingErrors = checkMapping(file, mapping);
        if (!mappingErrors.isEmpty()) {
            return new Preview(mappingErrors, List.of());
        }
        Map<String, String> staffByName = staffByName();
        Map<String, String> existing = existingKeys();
        Map<String, String> readings = existingReadings();
        Map<String, Integer> earlierRows = new HashMap<>();
        List<Row> rows = new ArrayList<>(file.rows().size());
        for (int i = 0; i < file.rows().size(); i++) {
            rows.add(row(file, i, mapping, staffByName, existing, readings, earlierRows));
        }
        return new Preview(List.of(), List.copyOf(rows));
    }

    /** Creates every new row in one transaction; refused, creating nothing, unless the preview is importable. */
    @Access.Owner
    @Transactional(rollbackFor = RefusedException.class)
    public int importNew(CsvFile file, Map<Integer, CsvColumn> mapping) throws RefusedException {
        Preview preview = preview(file, mapping);
        if (!preview.importable()) {
            throw new RefusedException(preview);
        }
        List<Customer> created = preview.rows().stream().filter(r -> r.status() == Status.NEW).map(Row::customer)
                .toList();
        customers.createAll(created);
        audit.record(AuditKind.CUSTOMER_CSV_IMPORTED, null, "rows=" + created.size());
        return created.size();
    }

    private static List<Message> checkMapping(CsvFile file, Map<Integer, CsvColumn> mapping) {
        List<Message> errors = new ArrayList<>();
        Map<CsvColumn, List<String>> used = new EnumMap<>(CsvColumn.class);
        mapping.forEach((index, column) -> {
            if (column != null) {
                used.computeIfAbsent(column, c -> new ArrayList<>()).add(file.headers().get(index));
            }
        });
        used.forEach((column, headers) -> {
            if (headers.size() > 1) {
                errors.add(Message.of("csv.mapping.twice", column.header(), String.join("・", headers)));
            }
            if (!CsvColumn.IMPORTABLE.contains(column)) {
                errors.add(Message.of("csv.mapping.not-importable", column.header()));
            }
        });
        boolean fullName = used.containsKey(CsvColumn.FULL_NAME);
        boolean parts = used.containsKey(CsvColumn.FAMILY_NAME) && used.containsKey(CsvColumn.GIVEN_NAME);
        if (!fullName && !parts) {
            errors.add(Message.of("csv.mapping.name-missing"));
        }
        return errors;
    }

    private Row row(CsvFile file, int index, Map<Integer, CsvColumn> mapping, Map<String, String> staffByName,
            Map<String, String> existing, Map<String, String> readings, Map<String, Integer> earlierRows) {
        List<String> cells = file.rows().get(index);
        int line = file.lineNumbers().get(index);
        Map<CsvColumn, String> v = new EnumMap<>(CsvColumn.class);
        mapping.forEach((i, column) -> {
            if (column != null && i < cells.size()) {
                v.put(column, CsvCells.unescape(cells.get(i)));
            }
        });
        List<Message> errors = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        if (cells.size() > file.headers().size()) {
            errors.add(Message.of("csv.row.extra-cells", file.headers().size(), cells.size()));
        }

        String[] name = nameParts(v, CsvColumn.FULL_NAME, CsvColumn.FAMILY_NAME, CsvColumn.GIVEN_NAME);
        String[] kana = nameParts(v, CsvColumn.FULL_KANA, CsvColumn.FAMILY_KANA, CsvColumn.GIVEN_KANA);
        if (name[0].isEmpty() || name[1].isEmpty()) {
            errors.add(Message.of(name[0].isEmpty() && name[1].isEmpty() ? "csv.row.name-missing"
                    : "csv.row.name-split"));
        } else if (name[0].length() > Customer.NAME_MAX_LENGTH || name[1].length() > Customer.NAME_MAX_LENGTH) {
            errors.add(Message.of("csv.row.too-long", CsvColumn.FULL_NAME.header(), Customer.NAME_MAX_LENGTH));
        }
        if (kana[0].isEmpty() && kana[1].isEmpty() && errors.isEmpty()) {
            var suggestion = furigana.suggestName(name[0], name[1]);
            kana = new String[] {suggestion.familyKana(), suggestion.givenKana()};
            if (Kana.isKana(kana[0]) && Kana.isKana(kana[1])) {
                notes.add(Message.of("csv.row.kana-suggested", kana[0] + " " + kana[1]));
            } else {
                errors.add(Message.of("csv.row.kana-unknown"));
            }
        } else if (kana[0].isEmpty() || kana[1].isEmpty()) {
            errors.add(Message.of("csv.row.kana-split"));
        } else if (!Kana.isKana(kana[0]) || !Kana.isKana(kana[1])) {
            errors.add(Message.of("csv.row.kana-invalid", kana[0] + " " + kana[1]));
        } else if (kana[0].length() > Customer.NAME_MAX_LENGTH || kana[1].length() > Customer.NAME_MAX_LENGTH) {
            errors.add(Message.of("csv.row.too-long", CsvColumn.FULL_KANA.header(), Customer.NAME_MAX_LENGTH));
        }
        kana = new String[] {Kana.toKatakana(kana[0]), Kana.toKatakana(kana[1])};

        String mobile = CsvCells.phone(v.get(CsvColumn.MOBILE), CsvColumn.MOBILE, errors, notes);
        String landline = CsvCells.phone(v.get(CsvColumn.LANDLINE), CsvColumn.LANDLINE, errors, notes);
        String phone = CsvCells.phone(v.get(CsvColumn.PHONE), CsvColumn.PHONE, errors, notes);
        if (phone != null) {
            if (PhoneNumber.digits(phone).matches("0[789]0\\d{8}") && mobile == null) {
                mobile = phone;
            } else if (landline == null) {
                landline = phone;
            } else if (mobile == null) {
                mobile = phone;
            }
        }
        String email = CsvCells.blankToNull(v.get(CsvColumn.EMAIL));
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > EMAIL_MAX)) {
            errors.add(Message.of("csv.row.email", email));
        }
        LocalDate birthday = CsvCells.birthday(v.get(CsvColumn.BIRTHDAY), errors);
        String gender = CsvCells.gender(v.get(CsvColumn.GENDER), errors);
        String postalCode = CsvCells.postalCode(v.get(CsvColumn.POSTAL_CODE), errors, notes);
        String address = CsvCells.limited(v, CsvColumn.ADDRESS, ADDRESS_MAX, errors);
        String occupation = CsvCells.limited(v, CsvColumn.OCCUPATION, SHORT_TEXT_MAX, errors);
        String referral = CsvCells.limited(v, CsvColumn.REFERRAL, SHORT_TEXT_MAX, errors);
        String preferences = CsvCells.limited(v, CsvColumn.PREFERENCES, Customer.NOTE_MAX_LENGTH, errors);
        String cautions = CsvCells.limited(v, CsvColumn.CAUTIONS, Customer.NOTE_MAX_LENGTH, errors);
        Set<CustomerTag> tags = CsvCells.tags(v.get(CsvColumn.TAGS), errors);
        Long staffId = null;
        String staffName = CsvCells.blankToNull(v.get(CsvColumn.STAFF));
        if (staffName != null) {
            String id = staffByName.get(SearchText.normalize(staffName));
            if (id == null) {
                errors.add(Message.of("csv.row.staff-unknown", staffName));
            } else {
                staffId = Long.valueOf(id);
            }
        }
        boolean mailOptIn = CsvCells.mailOptIn(v.get(CsvColumn.MAIL_OPT_IN), errors);

        String displayName = (name[0] + " " + name[1]).strip();
        String displayKana = (kana[0] + " " + kana[1]).strip();
        String shownPhone = mobile != null ? mobile : landline != null ? landline : "";
        if (!errors.isEmpty()) {
            return new Row(line, Status.ERROR, null, displayName, displayKana, shownPhone, List.copyOf(errors),
                    List.copyOf(notes));
        }
        Instant now = clock.instant();
        Customer customer = new Customer(null, null, name[0], name[1], kana[0], kana[1], mobile, landline, email,
                birthday, gender, postalCode, address, occupation, referral, preferences, cautions, staffId, mailOptIn,
                true, now, now, tags, 0);

        List<String> keys = keys(customer, v.get(CsvColumn.CUSTOMER_NO));
        Status status = Status.NEW;
        for (String key : keys) {
            String match = existing.get(key);
            if (match != null) {
                status = Status.DUPLICATE;
                notes.add(Message.of("csv.row.duplicate-existing." + key.substring(0, key.indexOf(':')), match));
                break;
            }
        }
        if (status == Status.NEW) {
            for (String key : keys) {
                Integer earlier = earlierRows.get(key);
                if (earlier != null) {
                    status = Status.DUPLICATE;
                    notes.add(Message.of("csv.row.duplicate-row", earlier));
                    break;
                }
            }
        }
        if (status == Status.NEW) {
            keys.forEach(k -> earlierRows.putIfAbsent(k, line));
            String sameReading = readings.get(SearchText.normalize(kana[0] + kana[1]));
            if (sameReading != null) {
                notes.add(Message.of("csv.row.same-reading", sameReading));
            }
        }
        return new Row(line, status, status == Status.NEW ? customer : null, displayName, displayKana, shownPhone,
                List.of(), List.copyOf(notes));
    }

    /** Family and given part from their own columns, else the full column split at its first space. */
    private static String[] nameParts(Map<CsvColumn, String> v, CsvColumn full, CsvColumn family, CsvColumn given) {
        String f = v.getOrDefault(family, "").strip();
        String g = v.getOrDefault(given, "").strip();
        if (f.isEmpty() && g.isEmpty()) {
            String whole = v.getOrDefault(full, "").strip();
            String[] parts = SPACES.split(whole, 2);
            f = parts[0];
            g = parts.length > 1 ? parts[1].strip() : "";
        }
        return new String[] {f, g};
    }

    /** What makes two records the same person: a phone, an e-mail, the same name read the same way, the number. */
    private static List<String> keys(Customer c, @Nullable String customerNo) {
        return keys(c.familyName() + c.givenName(), c.familyNameKana() + c.givenNameKana(), c.mobilePhone(),
                c.landlinePhone(), c.email(), customerNo);
    }

    private static List<String> keys(String name, String kana, @Nullable String mobile, @Nullable String landline,
            @Nullable String email, @Nullable String customerNo) {
        List<String> keys = new ArrayList<>();
        for (String phone : new String[] {mobile, landline}) {
            String d = PhoneNumber.digits(phone);
            if (!d.isEmpty()) {
                keys.add("phone:" + d);
            }
        }
        if (email != null && !email.isBlank()) {
            keys.add("email:" + email.strip().toLowerCase(Locale.ROOT));
        }
        keys.add("name:" + SearchText.normalize(name) + "|" + SearchText.normalize(kana));
        String no = numberKey(customerNo);
        if (!no.isEmpty()) {
            keys.add("number:" + no);
        }
        return keys;
    }

    /** 000123 and 123 (Excel drops the zeros) are the same customer number. */
    private static String numberKey(@Nullable String customerNo) {
        String s = SearchText.normalize(customerNo == null ? "" : customerNo);
        return s.matches("\\d+") ? s.replaceFirst("^0+(?=\\d)", "") : s;
    }

    /** Every existing customer's keys, each pointing at "000123 山田 花子" for the message. */
    private Map<String, String> existingKeys() {
        Map<String, String> keys = new HashMap<>();
        jdbc.sql("""
                select customer_no, family_name, given_name, family_name_kana, given_name_kana, mobile_phone,
                       landline_phone, email from customer""")
                .query(rs -> {
                    String label = rs.getString("customer_no") + " " + rs.getString("family_name") + " "
                            + rs.getString("given_name");
                    for (String key : keys(rs.getString("family_name") + rs.getString("given_name"),
                            rs.getString("family_name_kana") + rs.getString("given_name_kana"),
                            rs.getString("mobile_phone"), rs.getString("landline_phone"), rs.getString("email"),
                            rs.getString("customer_no"))) {
                        keys.putIfAbsent(key, label);
                    }
                });
        return keys;
    }

    private Map<String, String> existingReadings() {
        Map<String, String> readings = new HashMap<>();
        jdbc.sql("select customer_no, family_name, given_name, family_name_kana, given_name_kana from customer")
                .query(rs -> {
                    readings.putIfAbsent(SearchText.normalize(rs.getString("family_name_kana")
                            + rs.getString("given_name_kana")), rs.getString("customer_no") + " "
                                    + rs.getString("family_name") + " " + rs.getString("given_name"));
                });
        return readings;
    }

    /** Staff by their normalised name or reading, with or without the space. */
    private Map<String, String> staffByName() {
        List<Staff> all = stores.currentStore().map(s -> staff.list(s.id())).orElse(List.of());
        Map<String, String> byName = new HashMap<>();
        for (Staff s : all) {
            String id = String.valueOf(s.id());
            byName.putIfAbsent(SearchText.normalize(s.familyName() + s.givenName()), id);
            byName.putIfAbsent(SearchText.normalize(s.familyNameKana() + s.givenNameKana()), id);
        }
        return byName.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
