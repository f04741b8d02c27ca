package jp.salonkarte.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo sized for fingers, and a web app manifest so that
 * "Add to Home Screen" on the iPad opens Salon Karte full-screen (Vaadin's {@code @PWA}
 * also writes the Apple touch icons, launch images and meta tags from {@code icons/icon.png}).
 * Push keeps every iPad's reservation board current when another one books or moves something.
 */
@PWA(name = "Salon Karte", shortName = "Salon Karte", description = "サロンの予約・カルテ・会計",
        iconPath = "icons/icon.png", themeColor = "#7B3F61", backgroundColor = "#ffffff", display = "standalone",
        offline = false)
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.PREPEND,
                "<style>html{-webkit-text-size-adjust:100%}</style>", Inline.Wrapping.NONE);
    }
}
