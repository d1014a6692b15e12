package vn.liaison.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineageChanged;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.security.account.ActorFactory;
import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.Classification;
import vn.liaison.shared.CommittedCache;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * API tokens. The secret is {@code lia_} + base64url(32 random bytes); only its SHA-256 digest is stored and a
 * request finds its token by that digest with one indexed query (a slow password hash per request would make
 * the API slow). A token acts for its agency as an officer, within its scopes, and with the clearance chosen at
 * creation, never above its creator's.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "lia_";
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    public static final int MAX_NAME = 100;
    /** last_used_at is written at most this often per token: no write on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    /** The topic the token table announces its changes on (migration {@code V1_2_3}). */
    public static final String CHANGES = "api-tokens";

    private static final String COLUMNS = "id, agency_id, agency_name, name, scopes, prefix, clearance, created_by, "
            + "created_at, expires_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final ActorFactory actors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final CommittedCache<String, TokenRow> cache;
    private final LastUse lastUse = new LastUse(LAST_USED_RESOLUTION);

    public ApiTokenService(JdbcClient jdbc, AuditLedger ledger, ActorFactory actors, Clock clock, ChangeFeed changes) {
        this.cache = new CommittedCache<>(changes, CHANGES, 10_000);
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.actors = actors;
        this.clock = clock;
    }

    /** Creates a token for the creator's own agency; the creator must be a person holding AGENCY_ADMIN. */
    @Transactional
    public CreatedToken create(Actor creator, NewToken request) {
        requireTokenAdmin(creator);
        if (!creator.has(Role.AGENCY_ADMIN)) {
            throw new AccessDeniedException("agency administrator required");
        }
        if (creator.agencyId() == null) {
            throw DomainException.invalid("name", "security.tokens.noAgency");
        }
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            throw DomainException.invalid("name", "security.tokens.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid("name", "security.tokens.name.tooLong", MAX_NAME);
        }
        if (request.scopes() == null || request.scopes().isEmpty()) {
            throw DomainException.invalid("scopes", "security.tokens.scopes.required");
        }
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        if (days < 1 || days > MAX_DAYS) {
            throw DomainException.invalid("expiresInDays", "security.tokens.days.range", 1, MAX_DAYS);
        }
        Classification clearance = request.clearance() == null ? Classification.UNCLASSIFIED : request.clearance();
        if (!creator.clearance().dominates(clearance)) {
            throw DomainException.invalid("clearance", "security.tokens.clearance.aboveCreator");
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Set<ApiScope> scopes = EnumSet.copyOf(request.scopes());
        jdbc.sql("INSERT INTO api_token (id, agency_id, agency_name, name, scopes, token_sha256, prefix, clearance, "
                        + "created_by, created_at, expires_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                .params(id, creator.agencyId(), creator.agencyName(), name, scopes(scopes), sha256(secret),
                        secret.substring(0, 8), clearance.name(), creator.accountId(), Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofDays(days))))
                .update();
        TokenView view = find(id).orElseThrow();
        ledger.record(AuditRecord.change("token.create", "api_token", id, null, audited(view)));
        return new CreatedToken(view, secret);
    }

    /** The tokens of the actor's agency (agency administrator only), newest first, filtered by status. */
    public PageResult<TokenView> list(Actor admin, TokenStatus status, PageRequest page) {
        requireTokenAdmin(admin);
        if (admin.agencyId() == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Timestamp now = Timestamp.from(clock.instant());
        String filter = status == null ? "" : switch (status) {
            case ACTIVE -> " AND revoked_at IS NULL AND expires_at > :now";
            case EXPIRED -> " AND revoked_at IS NULL AND expires_at <= :now";
            case REVOKED -> " AND revoked_at IS NOT NULL";
        };
        long total = jdbc.sql("SELECT count(*) FROM api_token WHERE agency_id = :agency" + filter)
                .param("agency", admin.agencyId()).param("now", now).query(Long.class).single();
        List<TokenView> items = jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE agency_id = :agency" + filter
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("agency", admin.agencyId()).param("now", now).param("limit", page.size())
                .param("offset", page.offset()).query(this::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Revokes a token; an administrator of its agency (or a system administrator) only. */
    @Transactional
    public TokenView revoke(Actor admin, UUID tokenId) {
        requireTokenAdmin(admin);
        TokenView before = find(tokenId).orElseThrow(() -> DomainException.notFound("token"));
        if (!admin.has(Role.SYSTEM_ADMIN) && !before.agencyId().equals(admin.agencyId())) {
            throw new AccessDeniedException("token of another agency");
        }
        if (before.revokedAt() != null) {
            throw DomainException.conflict("security.tokens.alreadyRevoked");
        }
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), tokenId).update();
        // refused on this node from the commit on; other nodes hear of it from the database a moment later
        cache.clearAfterCommit();
        TokenView after = find(tokenId).orElseThrow();
        ledger.record(AuditRecord.change("token.revoke", "api_token", tokenId, audited(before), audited(after)));
        return after;
    }

    /**
     * The actor of a bearer secret, or empty when it is unknown, expired or revoked. The token is found by the digest
     * of the secret: from the cache of committed tokens every node empties when any node changes a token (migration
     * {@code V1_2_3}), else with one indexed query, which also brings the agencies the token acts for (kept with the
     * token, see {@link #forgetLineages}). No transaction; the last use is written at most once a minute per node.
     */
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenRow> found = byDigest(sha256(secret));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().view().revokedAt() != null || !found.get().view().expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        TokenView t = found.get().view();
        if (lastUse.due(t.id(), t.lastUsedAt(), now)) {
            jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                    .params(Timestamp.from(now), t.id(), Timestamp.from(now.minus(LAST_USED_RESOLUTION))).update();
        }
        Set<UUID> actingFor = found.get().actingFor();
        if (actingFor == null) {
            actingFor = actors.actingFor(t.agencyId());
            jdbc.sql("UPDATE api_token SET acting_for = ? WHERE id = ?").params(actingFor.toArray(UUID[]::new), t.id())
                    .update();
        }
        return Optional.of(new Actor(null, "token:" + t.prefix(), null, t.name(), t.agencyId(), found.get().agencyName(),
                null, t.clearance(), Set.of(Role.OFFICER), actingFor, t.id(), Set.copyOf(t.scopes())));
    }

    private Optional<TokenRow> byDigest(String digest) {
        TokenRow cached = cache.get(digest);
        if (cached != null) {
            return Optional.of(cached);
        }
        long ticket = cache.ticket();
        return jdbc.sql("SELECT " + COLUMNS + ", acting_for, " + CommittedCache.COMMITTED
                + " FROM api_token WHERE token_sha256 = ?").param(digest).query((rs, n) -> {
                    TokenRow row = withLineage(rs, n);
                    if (CommittedCache.committed(rs)) {
                        cache.offer(ticket, digest, row);
                    }
                    return row;
                }).optional();
    }

    /** A succession changed some agency's lineage: every token computes its own again at its next use. */
    @EventListener
    void forgetLineages(AgencyLineageChanged changed) {
        jdbc.sql("UPDATE api_token SET acting_for = NULL WHERE acting_for IS NOT NULL").update();
        cache.clearAfterCommit();
    }

    public Optional<TokenView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = ?").param(id).query(this::row).optional();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireTokenAdmin(Actor actor) {
        // Tokens never manage tokens: a machine client cannot extend its own reach.
        if (actor == null || actor.isMachine() || !actor.hasAny(Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN)) {
            throw new AccessDeniedException("agency administrator required");
        }
    }

    private static Map<String, Object> audited(TokenView t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", t.agencyId());
        m.put("name", t.name());
        m.put("prefix", t.prefix());
        m.put("scopes", t.scopes().stream().map(Enum::name).toList());
        m.put("clearance", t.clearance());
        m.put("expiresAt", t.expiresAt().toString());
        m.put("status", t.status());
        return m;
    }

    private static String scopes(Set<ApiScope> scopes) {
        return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private record TokenRow(TokenView view, String agencyName, Set<UUID> actingFor) {
    }

    private TokenView row(ResultSet rs, int n) throws SQLException {
        return tokenRow(rs, n).view();
    }

    private TokenRow tokenRow(ResultSet rs, int n) throws SQLException {
        List<ApiScope> scopes = Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank())
                .map(ApiScope::valueOf).sorted().toList();
        Instant expires = rs.getTimestamp("expires_at").toInstant();
        Instant revoked = instant(rs, "revoked_at");
        TokenStatus status = revoked != null ? TokenStatus.REVOKED
                : expires.isAfter(clock.instant()) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
        TokenView view = new TokenView(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("name"), rs.getString("prefix"), scopes, Classification.valueOf(rs.getString("clearance")),
                rs.getObject("created_by", UUID.class), instant(rs, "created_at"), expires, revoked,
                instant(rs, "last_used_at"), status);
        return new TokenRow(view, rs.getString("agency_name"), null);
    }

    /** A token row with the agencies it acts for (null when not known yet). */
    private TokenRow withLineage(ResultSet rs, int n) throws SQLException {
        java.sql.Array array = rs.getArray("acting_for");
        Set<UUID> actingFor = array == null ? null : new java.util.LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray()));
        TokenRow row = tokenRow(rs, n);
        return new TokenRow(row.view(), row.agencyName(), actingFor);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
