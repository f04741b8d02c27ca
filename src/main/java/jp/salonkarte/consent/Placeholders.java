package jp.salonkarte.consent;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a consent template may use, e.g. {@code {{顧客名}}}. They are filled once, when
 * staff hand the iPad over; the filled text is what the customer reads and what is kept. A name
 * the app does not know is refused when the template is saved, so a typo never reaches a customer.
 */
public final class Placeholders {

    public static final String CUSTOMER = "顧客名";
    public static final String DATE = "日付";
    public static final String STORE = "店舗名";
    public static final String STAFF = "担当者";
    public static final String MENU = "メニュー";

    /** Every placeholder name, in the order the editor offers them. */
    public static final List<String> NAMES = List.of(CUSTOMER, DATE, STORE, STAFF, MENU);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private Placeholders() {
    }

    /** How a name is written in a template: {@code {{name}}}. */
    public static String token(String name) {
        return "{{" + name + "}}";
    }

    /**
     * Refuses text with an unknown placeholder (naming it) or a {@code {{} that is never closed.
     */
    public static void check(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!NAMES.contains(m.group(1).strip())) {
                throw new ConsentException("consent.template.error.unknown-placeholder", m.group(),
                        String.join("、", NAMES.stream().map(Placeholders::token).toList()));
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new ConsentException("consent.template.error.broken-placeholder");
        }
    }

    /** The text with every placeholder replaced by its value (an empty string when the value is missing). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = NAMES.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
