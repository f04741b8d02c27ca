package jp.salonkarte.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for an unknown address or a screen their role may not open (Vaadin
 * reports both as not found, so nobody learns which screens exist): a plain message and a
 * way back, inside the normal shell.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        setId("not-found");
        setAlignItems(Alignment.CENTER);
        Button home = new Button(getTranslation("error.not-found.home"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("")));
        home.setId("not-found-home");
        home.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
