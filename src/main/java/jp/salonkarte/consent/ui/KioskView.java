package jp.salonkarte.consent.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import jp.salonkarte.base.ui.UserMessages;
import jp.salonkarte.consent.ConsentException;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentQuestion;
import jp.salonkarte.consent.ConsentRequest;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.security.KioskLock;
import jp.salonkarte.store.StaffService;

/**
 * Customer mode (お客様モード): the only page a locked iPad shows (DD024). Large text, one form, no
 * navigation and no staff data: the customer reads, ticks every item, answers, signs with a finger
 * and sends. 「署名して送信」 stays disabled until everything required is done; the server checks
 * again. Afterwards a thank-you screen, still locked; leaving needs a staff PIN.
 */
@Route(value = KioskView.ROUTE_PREFIX + ":token", autoLayout = false)
@PermitAll
class KioskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "consent/kiosk/";

    final Div form = new Div();
    final Div thanks = new Div();
    final List<Checkbox> checks = new ArrayList<>();
    final List<TextArea> answers = new ArrayList<>();
    final Button sign = new Button();
    final Span missing = new Span();
    SignaturePad signature;
    @Nullable SignaturePad secondSignature;
    private final ConsentService consents;
    private final StaffService staff;
    private final CurrentStaff currentStaff;
    private KioskSessions.@Nullable State state;

    KioskView(ConsentService consents, StaffService staff, CurrentStaff currentStaff) {
        this.consents = consents;
        this.staff = staff;
        this.currentStaff = currentStaff;
        addClassName("kiosk");
        setId("kiosk");
        Button exit = new Button(getTranslation("consent.kiosk.exit"), new Icon(VaadinIcon.LOCK), e -> openExit());
        exit.setId("kiosk-exit");
        exit.addThemeVariants(ButtonVariant.TERTIARY);
        exit.addClassName("kiosk-exit");
        Div bar = new Div(exit);
        bar.addClassName("kiosk-bar");
        form.addClassName("kiosk-form");
        thanks.setId("consent-thanks");
        thanks.addClassName("kiosk-thanks");
        thanks.setVisible(false);
        add(bar, form, thanks);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.kiosk.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        var found = KioskSessions.get(token);
        boolean locked = KioskLock.current().filter(l -> l.path().equals(ROUTE_PREFIX + token)).isPresent();
        if (found.isEmpty() || !locked) {
            if (KioskLock.current().isEmpty()) {
                event.forwardTo("");
                return;
            }
            showEnded();
            return;
        }
        state = found.get();
        if (state.signedFormId != null) {
            showThanks();
        } else {
            showForm(state.request);
        }
    }

    private void showForm(ConsentRequest request) {
        form.removeAll();
        checks.clear();
        answers.clear();
        H1 title = new H1(request.title());
        title.setId("consent-kiosk-title");
        Paragraph who = new Paragraph(getTranslation("consent.kiosk.customer", request.customerName()));
        who.addClassName("kiosk-customer");
        form.add(title, who, ConsentBody.render(request.body()));

        if (!request.checkItems().isEmpty()) {
            form.add(new H2(getTranslation("consent.kiosk.checks")));
            Div list = new Div();
            list.addClassName("kiosk-checks");
            for (int i = 0; i < request.checkItems().size(); i++) {
                Checkbox box = new Checkbox(request.checkItems().get(i));
                box.setId("consent-check-item-" + i);
                box.addValueChangeListener(e -> update());
                checks.add(box);
                list.add(box);
            }
            form.add(list);
        }
        if (!request.questions().isEmpty()) {
            form.add(new H2(getTranslation("consent.kiosk.questions")));
            for (int i = 0; i < request.questions().size(); i++) {
                ConsentQuestion q = request.questions().get(i);
                TextArea answer = new TextArea(q.label());
                answer.setId("consent-answer-" + i);
                answer.setRequiredIndicatorVisible(q.required());
                answer.setHelperText(getTranslation(q.required() ? "consent.kiosk.required" : "consent.kiosk.optional"));
                answer.setMaxLength(ConsentService.ANSWER_MAX_LENGTH);
                answer.setValueChangeMode(ValueChangeMode.LAZY);
                answer.setWidthFull();
                answer.addValueChangeListener(e -> update());
                answers.add(answer);
                form.add(answer);
            }
        }
        form.add(new H2(getTranslation("consent.kiosk.signature")));
        signature = signaturePad("consent-signature");
        form.add(signature);
        secondSignature = null;
        if (request.needsSecondSignature()) {
            form.add(new H2(getTranslation("consent.kiosk.second-signature", request.secondSignatureLabel())));
            secondSignature = signaturePad("consent-second-signature");
            form.add(secondSignature);
        }
        missing.setId("consent-missing");
        missing.addClassName("kiosk-missing");
        sign.setText(getTranslation("consent.kiosk.sign"));
        sign.setId("consent-sign");
        sign.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        sign.addClassName("kiosk-sign");
        sign.setDisableOnClick(true);
        sign.addClickListener(e -> submit());
        Div footer = new Div(missing, sign);
        footer.addClassName("kiosk-footer");
        form.add(footer);
        form.setVisible(true);
        thanks.setVisible(false);
        update();
    }

    private SignaturePad signaturePad(String id) {
        SignaturePad pad = new SignaturePad();
        pad.setId(id);
        pad.addClassName("kiosk-signature");
        pad.addChangeListener(e -> update());
        return pad;
    }

    /** What is still missing before the form can be sent; empty when it is complete. */
    String stillMissing() {
        if (state == null) {
            return "";
        }
        if (checks.stream().anyMatch(c -> !c.getValue())) {
            return getTranslation("consent.kiosk.missing.checks");
        }
        List<ConsentQuestion> questions = state.request.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).required() && answers.get(i).getValue().isBlank()) {
                return getTranslation("consent.kiosk.missing.answer", questions.get(i).label());
            }
        }
        if (signature == null || signature.isEmpty()) {
            return getTranslation("consent.kiosk.missing.signature");
        }
        if (secondSignature != null && secondSignature.isEmpty()) {
            return getTranslation("consent.kiosk.missing.second-signature", state.request.secondSignatureLabel());
        }
        return "";
    }

    private void update() {
        String why = stillMissing();
        missing.setText(why);
        missing.setVisible(!why.isEmpty());
        sign.setEnabled(why.isEmpty());
    }

    private void submit() {
        if (state == null || state.signedFormId != null) {
            return;
        }
        try {
            ConsentForm signed = consents.sign(state.request, checks.stream().map(Checkbox::getValue).toList(),
                    answers.stream().map(TextArea::getValue).toList(), signature.png(),
                    secondSignature == null ? null : secondSignature.png());
            KioskSessions.signed(state, signed.id());
            showThanks();
        } catch (ConsentException e) {
            UserMessages.show(this, e);
            update();
        }
    }

    private void showThanks() {
        form.setVisible(false);
        thanks.removeAll();
        H1 title = new H1(getTranslation("consent.kiosk.thanks"));
        Paragraph text = new Paragraph(getTranslation("consent.kiosk.thanks.text"));
        thanks.add(new Icon(VaadinIcon.CHECK_CIRCLE), title, text);
        thanks.setVisible(true);
    }

    private void showEnded() {
        form.removeAll();
        form.add(new H1(getTranslation("consent.kiosk.ended")));
        thanks.setVisible(false);
    }

    private void openExit() {
        KioskLock.current().ifPresentOrElse(lock -> new KioskExitDialog(staff, currentStaff, lock).open(),
                () -> getUI().ifPresent(ui -> ui.navigate("")));
    }
}
