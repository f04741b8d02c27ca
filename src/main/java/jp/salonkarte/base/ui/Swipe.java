package jp.salonkarte.base.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;

/**
 * A horizontal swipe on a component, by finger, pencil or mouse: the gesture is read in the
 * browser (pointer down to up) and only its direction reaches the server, +1 for a swipe to
 * the left (next) and -1 to the right (previous). Vertical scrolling and pinch stay the browser's.
 */
public final class Swipe {

    private Swipe() {
    }

    public static void onHorizontal(Component component, int minPixels, IntConsumer direction) {
        component.getElement().getStyle().set("touch-action", "pan-y pinch-zoom");
        component.getElement().addEventListener("karte-swipe", e -> direction.accept(
                (int) e.getEventData().get("event.detail").asDouble())).addEventData("event.detail");
        component.addAttachListener(e -> component.getElement().executeJs("""
                const el = this, min = $0;
                if (el.__swipe) return;
                el.__swipe = true;
                let start = null;
                el.addEventListener('pointerdown', ev => { start = ev.isPrimary ? {x: ev.clientX, y: ev.clientY} : null; });
                el.addEventListener('pointercancel', () => { start = null; });
                el.addEventListener('pointerup', ev => {
                  if (!start) return;
                  const dx = ev.clientX - start.x, dy = ev.clientY - start.y;
                  start = null;
                  if (Math.abs(dx) > min && Math.abs(dx) > 1.5 * Math.abs(dy)) {
                    el.dispatchEvent(new CustomEvent('karte-swipe', {detail: dx < 0 ? 1 : -1}));
                  }
                });
                el.addEventListener('dragstart', ev => ev.preventDefault());""", minPixels));
    }
}
