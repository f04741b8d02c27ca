package jp.salonkarte.karte.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The handwriting web component ({@code frontend/src/karte-drawing.ts}): strokes stay in the
 * browser while drawing and arrive here once, as vector JSON, when the stylist saves.
 */
@Tag("karte-drawing")
@JsModule("./src/karte-drawing.ts")
public class DrawingCanvas extends Component implements HasSize {

    DrawingCanvas(String src, String strokesJson) {
        getElement().setProperty("src", src == null ? "" : src);
        getElement().setProperty("strokes", strokesJson == null ? "" : strokesJson);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Public with a public constructor: Flow creates DOM events reflectively. */
    @DomEvent("drawing-save")
    public static class SaveEvent extends ComponentEvent<DrawingCanvas> {
        private final String json;

        public SaveEvent(DrawingCanvas source, boolean fromClient, @EventData("event.detail.json") String json) {
            super(source, fromClient);
            this.json = json;
        }

        String json() {
            return json;
        }
    }
}
