package jp.salonkarte.base.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The last response is kept gzipped, and a message the iPad sends again (its response was lost)
 * still gets that same response back, through Vaadin's own handler on a real UI.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class CompactLastResponseTest extends SpringBrowserlessTest {

    private final CompactLastResponse.Handler handler = new CompactLastResponse.Handler();

    @Test
    void aResentMessageGetsTheKeptResponseBackFromItsGzippedCopy() throws Exception {
        UI ui = UI.getCurrent();
        for (int i = 0; i < 100; i++) {
            ui.add(new Span("予約の確認 " + i));
        }
        VaadinService service = mock(VaadinService.class);
        when(service.findUI(any())).thenReturn(ui);
        when(service.getDeploymentConfiguration()).thenReturn(ui.getSession().getConfiguration());
        VaadinSession session = mock(VaadinSession.class);
        when(session.getService()).thenReturn(service);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getService()).thenReturn(service);
        String message = "{\"csrfToken\":\"" + ui.getCsrfToken() + "\",\"rpc\":[],\"syncId\":"
                + ui.getInternals().getServerSyncId() + ",\"clientId\":"
                + (ui.getInternals().getLastProcessedClientToServerId() + 1) + "}";

        String first = respond(session, request, message);
        assertThat(first).contains("予約の確認 99").hasSizeGreaterThan(CompactLastResponse.PACK_FROM_CHARS);
        assertThat(ui.getInternals().getLastRequestResponse()).as("not kept as a string").isNull();
        CompactLastResponse.Packed packed = ComponentUtil.getData(ui, CompactLastResponse.Packed.class);
        assertThat(packed).isNotNull();
        assertThat(packed.bytes().length).as("gzipped").isLessThan(first.length() / 4);

        String resent = respond(session, request, message);
        assertThat(resent).isEqualTo(first);
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Packed.class)).as("packed again").isNotNull();
    }

    @Test
    void aShortResponseStaysAsItIs() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastRequestResponse("{\"syncId\":3}");
        CompactLastResponse.pack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":3}");
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Packed.class)).isNull();
    }

    private String respond(VaadinSession session, VaadinRequest request, String message) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        handler.synchronizedHandleRequest(session, request, response, message).orElseThrow().writeResponse();
        return body.toString(StandardCharsets.UTF_8);
    }
}
