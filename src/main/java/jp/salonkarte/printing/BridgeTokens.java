package jp.salonkarte.printing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Actor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-store print bridge tokens (DD029): made and revoked by the owner or a manager under
 * settings → プリンター. The secret ({@code skb_} + 256 random bits) is shown once; only its SHA-256
 * and its first characters are stored, so a database dump gives no bridge access. A revoked token
 * stays in the list (who had access, until when).
 */
@Service
public class BridgeTokens {

    static final String PREFIX = "skb_";
    private static final int SHOWN_CHARS = 12;

    /** Tokens with who created each: the staff member's name (older rows kept the login written then). */
    private static final String TOKENS = """
            select t.*, coalesce(concat(s.family_name, ' ', s.given_name), t.created_by) as created_by_name
            from bridge_token t left join staff s on s.id = t.created_by_staff_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BridgeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a presented secret turned out to be. */
    public enum Check {
        VALID, REVOKED, UNKNOWN
    }

    public record Authentication(Check check, BridgeToken.@Nullable Principal principal) {
    }

    @Access.Manager
    @Transactional
    public BridgeToken.Created create(long storeId, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > BridgeToken.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("token name must be 1.." + BridgeToken.NAME_MAX_LENGTH + " characters");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into bridge_token (store_id, name, token_hash, token_prefix, created_at, created_by_staff_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(storeId, clean, hash(secret), secret.substring(0, SHOWN_CHARS), Timestamp.from(clock.instant()),
                        Actor.currentStaffId())
                .update(key);
        BridgeToken token = find(key.getKey().longValue()).orElseThrow();
        return new BridgeToken.Created(token, secret);
    }

    @Access.Manager
    @Transactional(readOnly = true)
    public List<BridgeToken> list(long storeId) {
        return jdbc.sql(TOKENS + " where t.store_id = ? order by t.revoked_at is not null, t.id desc")
                .param(storeId).query(BridgeTokens::token).list();
    }

    /** Revokes the token: the bridge using it gets 401 from its next request. True when it was active. */
    @Access.Manager
    @Transactional
    public boolean revoke(long storeId, long tokenId) {
        return jdbc.sql("update bridge_token set revoked_at = ? where id = ? and store_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, storeId).update() == 1;
    }

    /**
     * Checks a secret presented by a bridge (before anyone is logged in, so no role check) and
     * notes when the token was last seen.
     */
    @Access.Public
    @Transactional
    public Authentication authenticate(@Nullable String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return new Authentication(Check.UNKNOWN, null);
        }
        Optional<BridgeToken> token = jdbc.sql(TOKENS + " where t.token_hash = ?").param(hash(secret))
                .query(BridgeTokens::token).optional();
        if (token.isEmpty()) {
            return new Authentication(Check.UNKNOWN, null);
        }
        BridgeToken t = token.get();
        if (!t.active()) {
            return new Authentication(Check.REVOKED, null);
        }
        jdbc.sql("update bridge_token set last_seen_at = ? where id = ?").params(Timestamp.from(clock.instant()), t.id())
                .update();
        return new Authentication(Check.VALID, new BridgeToken.Principal(t.id(), t.storeId(), t.name()));
    }

    @Access.Manager
    @Transactional(readOnly = true)
    public Optional<BridgeToken> find(long id) {
        return jdbc.sql(TOKENS + " where t.id = ?").param(id).query(BridgeTokens::token).optional();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    private static BridgeToken token(ResultSet rs, int n) throws SQLException {
        return new BridgeToken(rs.getLong("id"), rs.getLong("store_id"), rs.getString("name"),
                rs.getString("token_prefix"), rs.getObject("created_at", LocalDateTime.class), rs.getString("created_by_name"),
                rs.getObject("revoked_at", LocalDateTime.class), rs.getObject("last_seen_at", LocalDateTime.class));
    }
}
