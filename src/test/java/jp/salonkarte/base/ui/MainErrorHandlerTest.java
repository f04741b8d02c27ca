package jp.salonkarte.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;

import jp.salonkarte.base.UserMessageException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class MainErrorHandlerTest {

    private final DefaultI18NProvider i18n = new DefaultI18NProvider(List.of(Locale.JAPANESE, Locale.ENGLISH));

    private String shown(Throwable error, Locale locale) {
        return MainErrorHandler.message(error, (key, args) -> i18n.getTranslation(key, locale, args));
    }

    @Test
    void aUserMessageIsShownWithItsArgumentsInJapaneseAndInEnglish() {
        UserMessageException refusal = new UserMessageException("csv.error.too-many-rows", 100000);

        assertThat(shown(refusal, Locale.JAPANESE)).isEqualTo("行が多すぎます（100,000行まで）。ファイルを分けてください");
        assertThat(shown(refusal, Locale.ENGLISH)).isEqualTo("Too many rows (up to 100,000). Split the file");
    }

    @Test
    void aUserMessageWrappedInAnotherExceptionIsStillShown() {
        RuntimeException wrapped = new IllegalStateException("listener failed",
                new UserMessageException("validation.last-owner"));

        assertThat(shown(wrapped, Locale.JAPANESE)).isEqualTo("有効なオーナーが1人もいなくなるため、この変更はできません");
    }

    @Test
    void anUnknownExceptionGetsTheGenericJapaneseMessage() {
        assertThat(shown(new NullPointerException("oops"), Locale.JAPANESE))
                .isEqualTo("エラーが発生しました。もう一度お試しください。解決しない場合は管理者に連絡してください。");
    }

    @Test
    void aChangeMadeOnAnotherDeviceFirstSaysSo() {
        assertThat(shown(new RuntimeException(new OptimisticLockingFailureException("stale")), Locale.ENGLISH))
                .isEqualTo("Someone changed this on another device first. Reopen the screen and save again.");
    }
}
