package jp.salonkarte.base.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A form in a dialog with Cancel and Save, sized for an iPad in either orientation. Save
 * closes the dialog only when the save action says it succeeded, so a form with invalid
 * input stays open with its messages. Ids: {@code PREFIX-editor}, {@code PREFIX-save},
 * {@code PREFIX-cancel}.
 */
public final class EditorDialog extends Dialog {

    public EditorDialog(String idPrefix, String title, Component form, BooleanSupplier save) {
        setId(idPrefix + "-editor");
        setHeaderTitle(title);
        setWidth("min(720px, 96vw)");
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (save.getAsBoolean()) {
                close();
            }
        });
        saveButton.setId(idPrefix + "-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        add(form);
        getFooter().add(cancel, saveButton);
    }
}
