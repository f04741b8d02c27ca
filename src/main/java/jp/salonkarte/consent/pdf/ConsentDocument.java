package jp.salonkarte.consent.pdf;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything printed on a signed consent form (電子同意書). The text is final: placeholders are
 * already filled, so the PDF shows exactly what the customer read and signed.
 *
 * <p>{@code body} uses a tiny markup, one instruction per line: {@code "# x"} is a heading,
 * {@code "- x"} or {@code "・x"} a bullet point, a blank line ends a paragraph, any other line is
 * paragraph text (line breaks inside a paragraph are kept as written).
 *
 * @param documentId          the form's number, e.g. {@code CF-20261124-000123}; printed in every page's footer
 * @param signaturePng        the customer's signature as PNG
 * @param signatureLabel      the caption under it, e.g. {@code ご署名}
 * @param secondSignaturePng  a guardian's or witness's signature when the template asks for one
 */
public record ConsentDocument(
        String documentId,
        String storeName, @Nullable String storeAddress, @Nullable String storePhone,
        String templateName, int templateVersion,
        String title,
        String body,
        List<CheckItem> checks,
        List<Answer> answers,
        String customerName, @Nullable String customerKana,
        @Nullable String staffName,
        LocalDateTime signedAt,
        byte[] signaturePng, String signatureLabel,
        byte @Nullable [] secondSignaturePng, @Nullable String secondSignatureLabel) {

    /** A check item the customer ticked (or left unticked) before signing. */
    public record CheckItem(String label, boolean ticked) {
        public CheckItem {
            requireText(label, "確認項目の文言");
        }
    }

    /** A free question of the template and the customer's answer ({@code ""} when left blank). */
    public record Answer(String question, String answer) {
        public Answer {
            requireText(question, "質問の文言");
            answer = answer == null ? "" : answer;
        }
    }

    public ConsentDocument {
        requireText(documentId, "文書番号");
        requireText(storeName, "店舗名");
        requireText(templateName, "同意書テンプレート名");
        if (templateVersion < 1) {
            throw new IllegalArgumentException("同意書テンプレートの版は 1 以上です: " + templateVersion);
        }
        requireText(title, "同意書の表題");
        Objects.requireNonNull(body, "body");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        requireText(customerName, "お客様名");
        Objects.requireNonNull(signedAt, "signedAt");
        requirePng(signaturePng, "署名");
        requireText(signatureLabel, "署名欄の見出し");
        if (secondSignaturePng != null) {
            requirePng(secondSignaturePng, "2 人目の署名");
            requireText(secondSignatureLabel, "2 人目の署名欄の見出し");
        } else if (secondSignatureLabel != null && !secondSignatureLabel.isBlank()) {
            throw new IllegalArgumentException("2 人目の署名欄「" + secondSignatureLabel + "」に署名がありません");
        }
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static void requireText(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + "が空です");
        }
    }

    private static void requirePng(byte @Nullable [] png, String what) {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException(what + "がありません（空の署名）");
        }
        if (png.length < PNG_MAGIC.length
                || !java.util.Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            throw new IllegalArgumentException(what + "の画像が PNG ではありません");
        }
    }
}
