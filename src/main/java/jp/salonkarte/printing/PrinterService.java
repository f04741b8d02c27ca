package jp.salonkarte.printing;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's printers (プリンター設定): address, paper width, Japanese mode, and a test print. */
@Service
public class PrinterService {

    private final JdbcClient jdbc;
    private final PrintQueue queue;

    PrinterService(JdbcClient jdbc, PrintQueue queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    @Transactional(readOnly = true)
    public List<Printer> list(long storeId) {
        return jdbc.sql("select * from printer where store_id = ? order by id").param(storeId)
                .query(PrinterService::printer).list();
    }

    @Transactional(readOnly = true)
    public Optional<Printer> find(long id) {
        return jdbc.sql("select * from printer where id = ?").param(id).query(PrinterService::printer).optional();
    }

    /** The active printer receipts go to (the first one marked as receipt printer). */
    @Transactional(readOnly = true)
    public Optional<Printer> receiptPrinter(long storeId) {
        return jdbc.sql("select * from printer where store_id = ? and active and is_receipt_printer order by id limit 1")
                .param(storeId).query(PrinterService::printer).optional();
    }

    /** Adds or updates a printer; a stale edit (someone saved in between) fails. Returns the saved printer. */
    @Transactional
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    public Printer save(Printer p) {
        return saveUnchecked(p);
    }

    /** Same as {@link #save} without the role check: for setup code and tests. */
    @Transactional
    Printer saveUnchecked(Printer p) {
        if (p.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into printer (store_id, name, host, port, width_mm, mode, is_receipt_printer, active)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.storeId(), p.name(), p.host(), p.port(), p.widthMm(), p.mode().name(),
                            p.receiptPrinter(), p.active())
                    .update(key);
            return find(key.getKey().longValue()).orElseThrow();
        }
        int rows = jdbc.sql("""
                update printer set name = ?, host = ?, port = ?, width_mm = ?, mode = ?, is_receipt_printer = ?,
                       active = ?, version = version + 1
                where id = ? and store_id = ? and version = ?""")
                .params(p.name(), p.host(), p.port(), p.widthMm(), p.mode().name(), p.receiptPrinter(), p.active(),
                        p.id(), p.storeId(), p.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("printer " + p.id() + " was changed by someone else");
        }
        if (!p.active()) {
            queue.failWaiting(p.id(), "プリンターが無効にされました");
        }
        return find(p.id()).orElseThrow();
    }

    /** Queues a short test page (テスト印刷) in the printer's own width and mode; returns the job id. */
    @Transactional
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    public long testPrint(long printerId) {
        Printer p = find(printerId).orElseThrow();
        return queue.enqueue(p, PrintJob.Kind.TEST, "テスト印刷",
                ReceiptRenderer.testPage(p.name(), p.widthMm(), p.mode()));
    }

    private static Printer printer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Printer(rs.getLong("id"), rs.getLong("store_id"), rs.getString("name"), rs.getString("host"),
                rs.getInt("port"), rs.getInt("width_mm"), PrinterMode.valueOf(rs.getString("mode")),
                rs.getBoolean("is_receipt_printer"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
