package jp.salonkarte.printing.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.printing.BridgeToken;
import jp.salonkarte.printing.BridgeTokens;

/**
 * 印刷ブリッジ: the store's bridge tokens (DD029). 「トークンを作成」 makes one and shows its secret
 * and the command line for the salon's PC exactly once; the list shows each token's first
 * characters, who made it, when a bridge last used it, and 取り消す revokes it.
 */
class BridgeTokensPanel extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    final Grid<BridgeToken> grid = new Grid<>();
    private final BridgeTokens tokens;
    private final long storeId;
    private final String serverUrl;
    /** The secret shown in the dialog after creating a token (for tests); never stored. */
    @Nullable String lastShownSecret;

    BridgeTokensPanel(BridgeTokens tokens, long storeId, String serverUrl) {
        this.tokens = tokens;
        this.storeId = storeId;
        this.serverUrl = serverUrl.replaceAll("/+$", "");
        setPadding(false);
        setId("bridge-tokens");

        Paragraph about = new Paragraph(getTranslation("printing.bridge.about"));
        Button create = new Button(getTranslation("printing.bridge.create"), e -> askName());
        create.setId("bridge-token-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("bridge-token-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(BridgeToken::name).setHeader(getTranslation("printing.bridge.name")).setFlexGrow(1);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("printing.bridge.token")).setAutoWidth(true);
        grid.addColumn(t -> AT.format(t.createdAt()) + (t.createdBy() == null ? "" : " " + t.createdBy()))
                .setHeader(getTranslation("printing.bridge.created")).setFlexGrow(1);
        grid.addColumn(t -> t.lastSeenAt() == null ? getTranslation("printing.bridge.never-seen")
                : AT.format(t.lastSeenAt())).setHeader(getTranslation("printing.bridge.last-seen")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                Span s = new Span(getTranslation("printing.bridge.revoked") + " " + AT.format(t.revokedAt()));
                s.getElement().getThemeList().add("badge contrast");
                return s;
            }
            Button revoke = new Button(getTranslation("printing.bridge.revoke"), e -> confirmRevoke(t));
            revoke.setId("bridge-token-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.ERROR);
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        add(new H3(getTranslation("printing.bridge.title")), about, create, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(tokens.list(storeId));
    }

    private void askName() {
        Dialog dialog = new Dialog();
        dialog.setId("bridge-token-dialog");
        dialog.setHeaderTitle(getTranslation("printing.bridge.create"));
        dialog.setWidth("min(560px, 96vw)");
        TextField name = new TextField(getTranslation("printing.bridge.name"));
        name.setId("bridge-token-name");
        name.setMaxLength(BridgeToken.NAME_MAX_LENGTH);
        name.setHelperText(getTranslation("printing.bridge.name-help"));
        name.setValue(getTranslation("printing.bridge.default-name"));
        name.setWidthFull();
        Button ok = new Button(getTranslation("printing.bridge.create-ok"), e -> {
            if (create(name.getValue())) {
                dialog.close();
            } else {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("printing.bridge.name-invalid"));
            }
        });
        ok.setId("bridge-token-create-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    /** Makes the token and shows it once; false (nothing made) when the name is not valid. */
    boolean create(String name) {
        if (name == null || name.isBlank() || name.strip().length() > BridgeToken.NAME_MAX_LENGTH) {
            return false;
        }
        BridgeToken.Created created = tokens.create(storeId, name);
        lastShownSecret = created.secret();
        refresh();
        showOnce(created);
        return true;
    }

    private void showOnce(BridgeToken.Created created) {
        Dialog dialog = new Dialog();
        dialog.setId("bridge-token-created");
        dialog.setHeaderTitle(getTranslation("printing.bridge.created-title"));
        dialog.setWidth("min(720px, 96vw)");
        dialog.setCloseOnOutsideClick(false);
        Paragraph warning = new Paragraph(getTranslation("printing.bridge.shown-once"));
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        TextField secret = new TextField(getTranslation("printing.bridge.token"));
        secret.setId("bridge-token-secret");
        secret.setReadOnly(true);
        secret.setValue(created.secret());
        secret.setWidthFull();
        secret.getElement().executeJs("this.addEventListener('focus', () => this.inputElement.select())");
        Pre command = new Pre("java -jar salon-karte.jar --bridge --server=" + serverUrl + " --token="
                + created.secret());
        command.setId("bridge-token-command");
        command.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        Button done = new Button(getTranslation("printing.bridge.done"), e -> dialog.close());
        done.setId("bridge-token-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(warning, secret, new Paragraph(getTranslation("printing.bridge.command")), command,
                new Paragraph(getTranslation("printing.bridge.requirements")));
        dialog.getFooter().add(done);
        dialog.open();
    }

    private void confirmRevoke(BridgeToken t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("bridge-token-revoke-confirm");
        confirm.setHeader(getTranslation("printing.bridge.revoke-title", t.name()));
        confirm.setText(getTranslation("printing.bridge.revoke-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("printing.bridge.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revoke(t));
        confirm.open();
    }

    void revoke(BridgeToken t) {
        if (tokens.revoke(storeId, t.id())) {
            Notifications.success(getTranslation("printing.bridge.revoked-done", t.name()));
        }
        refresh();
    }
}
