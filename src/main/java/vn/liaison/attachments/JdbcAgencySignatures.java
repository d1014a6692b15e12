package vn.liaison.attachments;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DomainException;

/**
 * Agency signatures with platform-generated ECDSA P-256 keys. The first signature of an agency creates its key;
 * two first signatures at once still create one: the insert yields to the partial unique index (one active key
 * per agency) and both then read the key that won. Private keys are sealed with the attachments key; decoded
 * keys are cached by key id (immutable values, so any node may cache them).
 */
@Service
class JdbcAgencySignatures implements AgencySignatures {

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    private final JdbcClient jdbc;
    private final AttachmentCipher cipher;
    private final AuditLedger ledger;
    private final AccessPolicy access;
    private final Clock clock;
    private final Map<String, VerifyingKey> verifyingKeys = new ConcurrentHashMap<>();
    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

    JdbcAgencySignatures(JdbcClient jdbc, AttachmentCipher cipher, AuditLedger ledger, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SignatureValue sign(UUID agencyId, byte[] canonicalForm) {
        if (agencyId == null || canonicalForm == null) {
            throw new IllegalArgumentException("agency and canonical form are required");
        }
        // A person (or token) signs only for their own agency or one it succeeded; system jobs have no actor.
        access.actor().ifPresent(a -> {
            if (!a.actingFor().contains(agencyId)) {
                throw new AccessDeniedException("may not sign for another agency");
            }
        });
        StoredKey key = activeKey(agencyId);
        byte[] signature = EcdsaKeys.sign(privateKey(key), canonicalForm);
        return new SignatureValue(EcdsaKeys.ALGORITHM, key.id(), Base64.getEncoder().encodeToString(signature),
                EncryptedAttachmentStore.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean verify(UUID agencyId, byte[] canonicalForm, SignatureValue signature) {
        try {
            if (agencyId == null || canonicalForm == null || signature == null || signature.value() == null
                    || !EcdsaKeys.ALGORITHM.equals(signature.algorithm())) {
                return false;
            }
            VerifyingKey key = verifyingKeys.get(signature.keyId());
            if (key == null) {
                Optional<StoredKey> stored = byId(signature.keyId());
                if (stored.isEmpty()) {
                    return false;
                }
                key = new VerifyingKey(stored.get().agencyId(), stored.get().publicKey());
                verifyingKeys.put(signature.keyId(), key);
            }
            if (!key.agencyId().equals(agencyId)) {
                return false;
            }
            byte[] raw = Base64.getDecoder().decode(signature.value());
            return EcdsaKeys.verify(key.publicKey(), canonicalForm, raw);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public String publicKeyPem(UUID agencyId, String keyId) {
        if (keyId == null) {
            return findActive(agencyId).map(k -> EcdsaKeys.pem(k.publicKeyDer()))
                    .orElseThrow(() -> DomainException.notFound("signing key"));
        }
        return signingKey(agencyId, keyId).publicKeyPem();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SigningKeyView> signingKeys(UUID agencyId) {
        return jdbc.sql("""
                SELECT * FROM agency_signing_key WHERE agency_id = ?
                ORDER BY retired_at IS NOT NULL, created_at DESC""")
                .param(agencyId).query(JdbcAgencySignatures::row).list().stream().map(StoredKey::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SigningKeyView signingKey(UUID agencyId, String keyId) {
        return byId(keyId).filter(k -> k.agencyId().equals(agencyId)).map(StoredKey::view)
                .orElseThrow(() -> DomainException.notFound("signing key"));
    }

    @Override
    @Transactional
    public SigningKeyView rotate(UUID agencyId) {
        Instant now = EncryptedAttachmentStore.now(clock);
        List<String> retired = jdbc.sql("UPDATE agency_signing_key SET retired_at = ? "
                        + "WHERE agency_id = ? AND retired_at IS NULL RETURNING id")
                .params(Timestamp.from(now), agencyId).query(String.class).list();
        StoredKey fresh = activeKey(agencyId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("activeKeyId", retired.isEmpty() ? null : retired.get(0));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("activeKeyId", fresh.id());
        after.put("retiredAt", retired.isEmpty() ? null : now.toString());
        ledger.record(AuditRecord.change("signing-key.rotate", "agency", agencyId, before, after));
        return fresh.view();
    }

    private StoredKey activeKey(UUID agencyId) {
        Optional<StoredKey> active = findActive(agencyId);
        if (active.isPresent()) {
            return active.get();
        }
        KeyPair pair = EcdsaKeys.generate();
        byte[] publicDer = pair.getPublic().getEncoded();
        String keyId = EcdsaKeys.keyId(publicDer);
        byte[] sealedPrivate = cipher.seal(pair.getPrivate().getEncoded(), associatedData(keyId));
        Instant now = EncryptedAttachmentStore.now(clock);
        int inserted = jdbc.sql("""
                INSERT INTO agency_signing_key (id, agency_id, algorithm, public_key, private_key, created_at)
                VALUES (?,?,?,?,?,?)
                ON CONFLICT (agency_id) WHERE retired_at IS NULL DO NOTHING""")
                .params(keyId, agencyId, EcdsaKeys.ALGORITHM, Base64.getEncoder().encodeToString(publicDer),
                        Base64.getEncoder().encodeToString(sealedPrivate), Timestamp.from(now))
                .update();
        if (inserted == 1) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("agencyId", agencyId.toString());
            after.put("keyId", keyId);
            after.put("algorithm", EcdsaKeys.ALGORITHM);
            after.put("curve", EcdsaKeys.CURVE);
            ledger.record(AuditRecord.change("signing-key.generate", "agency_signing_key", keyId, null, after));
        }
        // Either ours, or the one a concurrent first use committed before us.
        return findActive(agencyId).orElseThrow(() -> new IllegalStateException("no active signing key after insert"));
    }

    private Optional<StoredKey> findActive(UUID agencyId) {
        return jdbc.sql("SELECT * FROM agency_signing_key WHERE agency_id = ? AND retired_at IS NULL")
                .param(agencyId).query(JdbcAgencySignatures::row).optional();
    }

    private Optional<StoredKey> byId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM agency_signing_key WHERE id = ?").param(keyId)
                .query(JdbcAgencySignatures::row).optional();
    }

    private PrivateKey privateKey(StoredKey key) {
        return privateKeys.computeIfAbsent(key.id(), id -> EcdsaKeys.privateKey(
                cipher.open(Base64.getDecoder().decode(key.sealedPrivateKey()), associatedData(id))));
    }

    private static byte[] associatedData(String keyId) {
        return ("agency-signing-key:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static StoredKey row(ResultSet rs, int n) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new StoredKey(rs.getString("id"), rs.getObject("agency_id", UUID.class), rs.getString("algorithm"),
                Base64.getDecoder().decode(rs.getString("public_key")), rs.getString("private_key"),
                rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
    }

    /** What verification needs of a key; it never changes, so it is cached (retirement does not matter here). */
    private record VerifyingKey(UUID agencyId, PublicKey publicKey) {
    }

    private record StoredKey(String id, UUID agencyId, String algorithm, byte[] publicKeyDer, String sealedPrivateKey,
            Instant createdAt, Instant retiredAt) {

        PublicKey publicKey() {
            return EcdsaKeys.publicKey(publicKeyDer);
        }

        SigningKeyView view() {
            return new SigningKeyView(id, agencyId, algorithm, EcdsaKeys.CURVE, EcdsaKeys.pem(publicKeyDer), createdAt,
                    retiredAt);
        }
    }
}
