package jp.salonkarte.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.salonkarte.audit.AuditKind;
import jp.salonkarte.audit.AuditLog;
import jp.salonkarte.base.Access;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports every customer (active or not) as CSV for Excel: UTF-8 with a byte order mark, so
 * Japanese Excel opens it without mojibake, CRLF line ends, Japanese headers, dates as Excel
 * shows them. A value Excel would run as a formula is written with a leading apostrophe
 * (DD009); the import takes it off again.
 */
@Service
public class CustomerCsvExport {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    static final String TAG_SEPARATOR = "、";

    private final JdbcClient jdbc;
    private final StaffService staff;
    private final StoreService stores;
    private final Clock clock;
    private final AuditLog audit;

    CustomerCsvExport(JdbcClient jdbc, StaffService staff, StoreService stores, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.staff = staff;
        this.stores = stores;
        this.clock = clock;
    }

    /** The file name a download gets, with today's date: 顧客一覧_20261123.csv. */
    @Access.Owner
    public String fileName() {
        return "customers_" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
    }

    @Access.Owner
    @Transactional(readOnly = true)
    public void write(OutputStream out) throws IOException {
        audit.record(AuditKind.CUSTOMER_CSV_EXPORTED, null, null);
        Map<Long, String> staffNames = stores.currentStore().map(s -> staff.list(s.id())).orElse(List.of()).stream()
                .collect(Collectors.toMap(Staff::id, Staff::displayName));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(CsvColumn.EXPORTED.stream().map(CsvColumn::header).toList());
        try {
            jdbc.sql("""
                    select c.*, (select group_concat(t.tag order by t.tag separator '、') from customer_tag t
                                 where t.customer_id = c.id) as tag_list
                    from customer c order by c.id""")
                    .query((ResultSet rs) -> {
                        try {
                            printer.printRecord(row(rs, staffNames).stream().map(CustomerCsvExport::excelSafe)
                                    .toList());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private List<String> row(ResultSet rs, Map<Long, String> staffNames) throws SQLException {
        List<String> values = new ArrayList<>(CsvColumn.EXPORTED.size());
        Function<String, String> text = column -> {
            try {
                String v = rs.getString(column);
                return v == null ? "" : v;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        for (CsvColumn column : CsvColumn.EXPORTED) {
            values.add(switch (column) {
                case CUSTOMER_NO -> text.apply("customer_no");
                case FAMILY_NAME -> text.apply("family_name");
                case GIVEN_NAME -> text.apply("given_name");
                case FAMILY_KANA -> text.apply("family_name_kana");
                case GIVEN_KANA -> text.apply("given_name_kana");
                case MOBILE -> text.apply("mobile_phone");
                case LANDLINE -> text.apply("landline_phone");
                case EMAIL -> text.apply("email");
                case BIRTHDAY -> {
                    LocalDate d = rs.getObject("birthday", LocalDate.class);
                    yield d == null ? "" : d.format(DATE);
                }
                case GENDER -> gender(text.apply("gender"));
                case POSTAL_CODE -> text.apply("postal_code");
                case ADDRESS -> text.apply("address");
                case OCCUPATION -> text.apply("occupation");
                case REFERRAL -> text.apply("referral_source");
                case TAGS -> text.apply("tag_list");
                case PREFERENCES -> text.apply("preferences");
                case CAUTIONS -> text.apply("cautions");
                case STAFF -> {
                    long id = rs.getLong("assigned_staff_id");
                    yield rs.wasNull() ? "" : staffNames.getOrDefault(id, "");
                }
                case MAIL_OPT_IN -> rs.getBoolean("mail_opt_in") ? "はい" : "いいえ";
                case ACTIVE -> rs.getBoolean("active") ? "有効" : "無効";
                case CREATED_AT -> dateTime(rs.getTimestamp("created_at"));
                case UPDATED_AT -> dateTime(rs.getTimestamp("updated_at"));
                default -> throw new IllegalStateException("not exported: " + column);
            });
        }
        return values;
    }

    private String dateTime(Timestamp t) {
        return t == null ? "" : t.toInstant().atZone(clock.getZone()).format(DATE_TIME);
    }

    static String gender(String code) {
        return switch (code) {
            case "FEMALE" -> "女性";
            case "MALE" -> "男性";
            case "OTHER" -> "その他";
            default -> "";
        };
    }

    /** Excel runs a cell starting with = + - @ as a formula (CSV injection); an apostrophe in front makes it text. */
    static String excelSafe(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
