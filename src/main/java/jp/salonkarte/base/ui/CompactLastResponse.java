package jp.salonkarte.base.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

import org.springframework.stereotype.Component;

/**
 * Keeps each window's last UIDL response gzipped instead of as a string (DD040).
 *
 * <p>Flow keeps the last response of every UI so that it can resend it when the iPad lost it
 * on a flaky Wi-Fi and sends the same message again. After a screen opens that response is the
 * whole screen (25,000–35,000 characters of JSON with Japanese text, so a UTF-16 string of
 * 50–70 KB) and stays in the heap until the next tap in that window — a third of a session's
 * memory with three windows open. Gzipped it is 5–8 KB. Vaadin's own handler still does all
 * the work: this one only unpacks the kept response before it (so a resend finds it) and packs
 * the new one after it.
 */
@Component
public class CompactLastResponse implements VaadinServiceInitListener {

    /** Responses shorter than this stay as they are: packing them would save nothing worth it. */
    static final int PACK_FROM_CHARS = 2_048;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Handlers added here are asked before Vaadin's own, so this one answers every UIDL request.
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL request handler, with the UI's kept response unpacked only while it runs. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui == null) {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            }
            unpack(ui);
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                pack(ui);
            }
        }
    }

    /**
     * Replaces a long kept response by its gzipped UTF-8 bytes, kept with the UI: what the handler
     * does after every response (public for the session-memory benchmark, which writes responses
     * without a request).
     */
    public static void pack(UI ui) {
        UIInternals internals = ui.getInternals();
        String kept = internals.getLastRequestResponse();
        if (kept == null || kept.length() < PACK_FROM_CHARS) {
            ComponentUtil.setData(ui, Packed.class, null);
            return;
        }
        ComponentUtil.setData(ui, Packed.class, new Packed(gzip(kept)));
        internals.setLastRequestResponse(null);
    }

    /** Puts a packed response back where Vaadin looks for it. */
    static void unpack(UI ui) {
        Packed packed = ComponentUtil.getData(ui, Packed.class);
        if (packed != null) {
            ui.getInternals().setLastRequestResponse(gunzip(packed.bytes()));
            ComponentUtil.setData(ui, Packed.class, null);
        }
    }

    /** The packed bytes of one response; a type of its own so that it has its own slot on the UI. */
    record Packed(byte[] bytes) {
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
