package jp.salonkarte.base.ui;

import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.server.VaadinRequest;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LanguagesTest {

    private static VaadinRequest requestWith(Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        return request;
    }

    @Test
    void japaneseIsTheDefaultWhateverTheBrowserSays() {
        VaadinRequest english = requestWith();
        when(english.getLocale()).thenReturn(Locale.US);
        assertThat(Languages.fromRequest(english)).isEqualTo(Locale.JAPANESE);
        assertThat(Languages.fromRequest(null)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void englishIsUsedWhenThisIpadChoseIt() {
        assertThat(Languages.fromRequest(requestWith(new Cookie(Languages.COOKIE, "en")))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromRequest(requestWith(new Cookie(Languages.COOKIE, "ja")))).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void everyJapaneseKeyHasAnEnglishTranslation() {
        ResourceBundle ja = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.JAPANESE);
        ResourceBundle en = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
        assertThat(en.keySet()).containsAll(ja.keySet());
        assertThat(ja.getString("nav.settings")).isEqualTo("設定");
        assertThat(en.getString("nav.settings")).isEqualTo("Settings");
    }
}
