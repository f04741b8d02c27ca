package jp.salonkarte.store.ui;

import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.salonkarte.base.ui.Notifications;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StaffDraft;
import jp.salonkarte.store.StoreService;

/**
 * First visit to an empty production database: create the store and the owner account.
 * Closed for good once a store exists.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Salon Karte")
@AnonymousAllowed
class SetupView extends VerticalLayout implements BeforeEnterObserver {

    final TextField storeName = new TextField();
    final StaffForm owner = new StaffForm();
    private final StoreService stores;

    SetupView(StoreService stores) {
        this.stores = stores;
        setMaxWidth("760px");
        getStyle().set("margin", "0 auto");
        storeName.setId("setup-store-name");
        storeName.setLabel(getTranslation("store.name"));
        storeName.setMaxLength(Store.NAME_MAX_LENGTH);
        storeName.setWidthFull();
        owner.edit(new StaffDraft(null, "", "", "", "", null, Role.OWNER, "#8E24AA", true));
        owner.role.setVisible(false);
        owner.active.setVisible(false);
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                new FormLayout(storeName), owner, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (stores.isSetUp()) {
            event.forwardTo("login");
        }
    }

    void create() {
        boolean nameOk = !storeName.getValue().isBlank();
        storeName.setErrorMessage(getTranslation("validation.required"));
        storeName.setInvalid(!nameOk);
        StaffDraft draft = owner.validDraft();
        boolean loginOk = !owner.email.getValue().isBlank() && !owner.password.getValue().isEmpty();
        if (!loginOk) {
            owner.email.setErrorMessage(getTranslation("validation.owner-login"));
            owner.email.setInvalid(true);
        }
        if (!nameOk || draft == null || !loginOk) {
            Notifications.error(getTranslation("validation.fix-fields"));
            return;
        }
        try {
            stores.setUp(Store.newStore(storeName.getValue().strip(), LocalTime.of(10, 0), LocalTime.of(20, 0)), draft,
                    owner.password.getValue(), owner.pin.getValue());
        } catch (IllegalStateException alreadySetUp) {
            // Someone finished setup in another tab a moment ago: the login page is the right place.
        }
        Notifications.success(getTranslation("setup.done"));
        getUI().ifPresent(ui -> ui.navigate("login"));
    }
}
