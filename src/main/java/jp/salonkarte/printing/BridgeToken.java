package jp.salonkarte.printing;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A print bridge's credential (ブリッジトークン, DD029) as the settings screen shows it: its name,
 * the first characters of the secret (the secret itself is never stored, only its SHA-256), when
 * and by whom it was made, when it was revoked, and when a bridge last used it.
 */
public record BridgeToken(long id, long storeId, String name, String prefix, LocalDateTime createdAt,
        @Nullable String createdBy, @Nullable LocalDateTime revokedAt, @Nullable LocalDateTime lastSeenAt) {

    public static final int NAME_MAX_LENGTH = 50;

    public boolean active() {
        return revokedAt == null;
    }

    /** A token just made, with its secret: shown once, then only its hash remains. */
    public record Created(BridgeToken token, String secret) {
    }

    /** Who a bridge request is from, once its token checked out; the principal of /api/bridge requests. */
    public record Principal(long tokenId, long storeId, String name) {
    }
}
