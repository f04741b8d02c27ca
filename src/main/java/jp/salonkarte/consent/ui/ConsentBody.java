package jp.salonkarte.consent.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Shows a consent form's body markup as the PDF prints it: {@code # } lines are headings,
 * {@code - } or {@code ・} lines are bullet points, a blank line ends a paragraph. Text only
 * (no HTML is interpreted), so a template cannot inject markup into the kiosk.
 */
final class ConsentBody {

    private ConsentBody() {
    }

    static Div render(String body) {
        Div out = new Div();
        out.addClassName("consent-body");
        List<String> paragraph = new ArrayList<>();
        UnorderedList bullets = null;
        for (String raw : body.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("・") || line.equals("-");
            if (line.isEmpty() || line.startsWith("#") || bullet) {
                flush(out, paragraph);
            }
            if (!bullet) {
                bullets = null;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                out.add(new H3(line.replaceFirst("^#+\\s*", "")));
            } else if (bullet) {
                if (bullets == null) {
                    bullets = new UnorderedList();
                    out.add(bullets);
                }
                bullets.add(new ListItem(line.substring(1).strip()));
            } else {
                paragraph.add(line);
            }
        }
        flush(out, paragraph);
        return out;
    }

    private static void flush(Div out, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        Paragraph p = new Paragraph(String.join("\n", paragraph));
        p.addClassName("consent-paragraph");
        out.add(p);
        paragraph.clear();
    }
}
