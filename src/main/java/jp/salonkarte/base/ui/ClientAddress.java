package jp.salonkarte.base.ui;

import com.vaadin.flow.server.VaadinRequest;

import org.jspecify.annotations.Nullable;

/**
 * The address of the iPad that sent the request being handled: the proxy's forwarded address when
 * {@code server.forward-headers-strategy} is set (DD033), else the TCP peer; {@code null} outside a request.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
