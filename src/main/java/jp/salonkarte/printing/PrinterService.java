package jp.salonkarte.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import javax.imageio.ImageIO;

import jp.salonkarte.base.Access;

import org.jspecify.annotations.Nullable;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's printers (プリンター設定): address, paper width, Japanese mode, and a test print. */
@Service
public class PrinterService {

    private final JdbcClient jdbc;
    private final PrintQueue queue;
    private final Clock clock;

    /** Largest logo file accepted: a receipt logo is small, and every receipt job carries it. */
    public static final int LOGO_MAX_BYTES = 512 * 1024;

    PrinterService(JdbcClient jdbc, PrintQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clock = clock;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<Printer> list(long storeId) {
        return jdbc.sql("select * from printer where store_id = ? order by id").param(storeId)
                .query(PrinterService::printer).list();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Printer> find(long id) {
        return jdbc.sql("select * from printer where id = ?").param(id).query(PrinterService::printer).optional();
    }

    /** The active printer receipts go to (the ESC/POS printer marked as receipt printer). */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Printer> receiptPrinter(long storeId) {
        return jdbc.sql("""
                select * from printer where store_id = ? and active and is_receipt_printer and printer_type = 'ESCPOS'
                order by id limit 1""")
                .param(storeId).query(PrinterService::printer).optional();
    }

    /** The active printer documents (consent PDFs) go to: the IPP printer marked as document printer. */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Printer> documentPrinter(long storeId) {
        return jdbc.sql("""
                select * from printer where store_id = ? and active and is_document_printer and printer_type = 'IPP'
                order by id limit 1""")
                .param(storeId).query(PrinterService::printer).optional();
    }

    /** Adds or updates a printer; a stale edit (someone saved in between) fails. Returns the saved printer. */
    @Access.Manager
    @Transactional
    public Printer save(Printer p) {
        return saveUnchecked(p);
    }

    /**
     * Same as {@link #save} without the role check: for setup code and tests. A printer saved as
     * the store's receipt (or document) printer takes that role from any other printer of the
     * store: one of each per store.
     */
    @Transactional
    Printer saveUnchecked(Printer p) {
        long id;
        if (p.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into printer (store_id, name, printer_type, host, port, uri, width_mm, mode, is_receipt_printer,
                                         is_document_printer, via_bridge, active)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.storeId(), p.name(), p.type().name(), p.host(), p.port(), p.uri(), p.widthMm(),
                            p.mode().name(), p.receiptPrinter(), p.documentPrinter(), p.viaBridge(), p.active())
                    .update(key);
            id = key.getKey().longValue();
        } else {
            id = p.id();
            int rows = jdbc.sql("""
                    update printer set name = ?, printer_type = ?, host = ?, port = ?, uri = ?, width_mm = ?, mode = ?,
                           is_receipt_printer = ?, is_document_printer = ?, via_bridge = ?, active = ?,
                           version = version + 1
                    where id = ? and store_id = ? and version = ?""")
                    .params(p.name(), p.type().name(), p.host(), p.port(), p.uri(), p.widthMm(), p.mode().name(),
                            p.receiptPrinter(), p.documentPrinter(), p.viaBridge(), p.active(), p.id(), p.storeId(),
                            p.version())
                    .update();
            if (rows != 1) {
                throw new OptimisticLockingFailureException("printer " + p.id() + " was changed by someone else");
            }
            if (!p.active()) {
                queue.failWaiting(p.id(), "プリンターが無効にされました");
            }
        }
        if (p.receiptPrinter()) {
            jdbc.sql("update printer set is_receipt_printer = false where store_id = ? and id <> ? and is_receipt_printer")
                    .params(p.storeId(), id).update();
        }
        if (p.documentPrinter()) {
            jdbc.sql("update printer set is_document_printer = false where store_id = ? and id <> ? and is_document_printer")
                    .params(p.storeId(), id).update();
        }
        return find(id).orElseThrow();
    }

    /** Queues a short test page (テスト印刷) in the printer's own width and mode; returns the job id. Active printers only. */
    @Access.Manager
    @Transactional
    public long testPrint(long printerId) {
        Printer p = find(printerId).orElseThrow();
        if (!p.active()) {
            throw new IllegalStateException("printer " + printerId + " is switched off in the settings");
        }
        byte[] page = p.type() == PrinterType.IPP
                ? DocumentTestPage.pdf(p.name(), java.time.LocalDateTime.now(clock))
                : ReceiptRenderer.testPage(p.name(), p.widthMm(), p.mode());
        return queue.enqueue(p, PrintJob.Kind.TEST, "テスト印刷", page);
    }

    /** The store's receipt logo, decoded; empty when none is set (or it no longer decodes). */
    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<BufferedImage> logo(long storeId) {
        return jdbc.sql("select image from receipt_logo where store_id = ?").param(storeId)
                .query((rs, n) -> rs.getBytes(1)).optional().map(PrinterService::decode);
    }

    /**
     * Sets the receipt logo (PNG or JPEG, at most {@link #LOGO_MAX_BYTES}); a file that is not
     * an image is refused and changes nothing.
     */
    @Access.Manager
    @Transactional
    public void saveLogo(long storeId, byte[] image) {
        if (image.length > LOGO_MAX_BYTES || decode(image) == null) {
            throw new IllegalArgumentException("not an image, or larger than " + LOGO_MAX_BYTES + " bytes");
        }
        jdbc.sql("""
                insert into receipt_logo (store_id, image, updated_at) values (?, ?, ?)
                on duplicate key update image = values(image), updated_at = values(updated_at)""")
                .params(storeId, image, Timestamp.from(clock.instant())).update();
    }

    @Access.Manager
    @Transactional
    public void removeLogo(long storeId) {
        jdbc.sql("delete from receipt_logo where store_id = ?").param(storeId).update();
    }

    private static @Nullable BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    private static Printer printer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Printer(rs.getLong("id"), rs.getLong("store_id"), rs.getString("name"), rs.getString("host"),
                rs.getInt("port"), rs.getInt("width_mm"), PrinterMode.valueOf(rs.getString("mode")),
                rs.getBoolean("is_receipt_printer"), rs.getBoolean("active"), rs.getInt("version"),
                PrinterType.valueOf(rs.getString("printer_type")), rs.getString("uri"),
                rs.getBoolean("is_document_printer"), rs.getBoolean("via_bridge"));
    }
}
