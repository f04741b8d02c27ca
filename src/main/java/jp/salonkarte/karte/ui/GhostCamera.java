package jp.salonkarte.karte.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

/**
 * The camera in the page with the previous photo faded over it ({@code frontend/src/karte-camera.ts}),
 * so before and after are taken from the same angle. The picture goes to the upload handler
 * like any other photo; "photo-taken" follows when the server has it.
 */
@Tag("karte-camera")
@JsModule("./src/karte-camera.ts")
class GhostCamera extends Component implements HasSize {

    GhostCamera(String ghostUrl, UploadHandler upload) {
        getElement().setProperty("ghost", ghostUrl == null ? "" : ghostUrl);
        getElement().setAttribute("target", upload);
        getElement().setProperty("shutterLabel", getTranslation("camera.shutter"));
        getElement().setProperty("switchLabel", getTranslation("camera.switch"));
        getElement().setProperty("ghostLabel", getTranslation("camera.ghost"));
        getElement().setProperty("savingLabel", getTranslation("camera.saving"));
        getElement().setProperty("unavailableLabel", getTranslation("camera.unavailable"));
        getElement().setProperty("failedLabel", getTranslation("camera.failed"));
    }

    Registration addTakenListener(ComponentEventListener<TakenEvent> listener) {
        return addListener(TakenEvent.class, listener);
    }

    /** Public with a public constructor: Flow creates DOM events reflectively. */
    @DomEvent("photo-taken")
    public static class TakenEvent extends ComponentEvent<GhostCamera> {
        public TakenEvent(GhostCamera source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
