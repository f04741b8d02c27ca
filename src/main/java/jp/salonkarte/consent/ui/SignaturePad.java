package jp.salonkarte.consent.ui;

import java.util.Base64;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The karte's drawing component ({@code frontend/src/karte-drawing.ts}) as a signature pad
 * ({@code mode="signature"}): one black pen, undo and clear. After every stroke it sends the
 * signature as a PNG, which is kept here until the form is sent.
 */
@Tag("karte-drawing")
@JsModule("./src/karte-drawing.ts")
class SignaturePad extends Component implements HasSize {

    private static final String DATA_URL = "data:image/png;base64,";

    private byte[] png = new byte[0];
    private int strokes;

    SignaturePad() {
        getElement().setProperty("mode", "signature");
        getElement().setAttribute("mode", "signature");
        addListener(ChangeEvent.class, e -> {
            strokes = e.strokes;
            png = e.png.startsWith(DATA_URL) ? Base64.getDecoder().decode(e.png.substring(DATA_URL.length()))
                    : new byte[0];
        });
    }

    /** The signature drawn so far as a PNG, empty when nothing is drawn. */
    byte[] png() {
        return png.clone();
    }

    boolean isEmpty() {
        return strokes == 0 || png.length == 0;
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** Public with a public constructor: Flow creates DOM events reflectively. */
    @DomEvent("signature-change")
    public static class ChangeEvent extends ComponentEvent<SignaturePad> {
        private final String png;
        private final int strokes;

        public ChangeEvent(SignaturePad source, boolean fromClient, @EventData("event.detail.png") String png,
                @EventData("event.detail.strokes") int strokes) {
            super(source, fromClient);
            this.png = png == null ? "" : png;
            this.strokes = strokes;
        }
    }
}
