package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.liaison.LiaisonTest;
import vn.liaison.shared.DomainException;

/** Agency signatures through the real database: keys made on first use, once, and verification that never lies. */
@LiaisonTest
class AgencySignaturesTest {

    @Autowired
    AgencySignatures signatures;

    @Autowired
    JdbcClient jdbc;

    private final byte[] answer = "{\"request\":\"YC-2026-0001\",\"result\":\"DISCLOSED\",\"attachments\":[\"ab12\"]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void signsAndVerifies() {
        UUID agency = UUID.randomUUID();
        SignatureValue sig = signatures.sign(agency, answer);
        assertThat(sig.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(sig.keyId()).matches("[0-9a-f]{16}");
        assertThat(sig.signedAt()).isNotNull();
        assertThat(signatures.verify(agency, answer, sig)).isTrue();
        assertThat(signatures.sign(agency, answer).keyId()).as("the same key signs again").isEqualTo(sig.keyId());
        assertThat(signatures.signingKeys(agency)).singleElement().satisfies(k -> {
            assertThat(k.keyId()).isEqualTo(sig.keyId());
            assertThat(k.active()).isTrue();
            assertThat(k.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        });
        assertThat(signatures.publicKeyPem(agency, null)).isEqualTo(signatures.publicKeyPem(agency, sig.keyId()));
    }

    @Test
    void aFlippedByteOfTheDataOrTheSignatureFails() {
        UUID agency = UUID.randomUUID();
        SignatureValue sig = signatures.sign(agency, answer);
        byte[] changed = answer.clone();
        changed[changed.length / 2] ^= 0x01;
        assertThat(signatures.verify(agency, changed, sig)).isFalse();

        byte[] raw = Base64.getDecoder().decode(sig.value());
        raw[raw.length - 3] ^= 0x01;
        SignatureValue flipped = new SignatureValue(sig.algorithm(), sig.keyId(), Base64.getEncoder().encodeToString(raw),
                sig.signedAt());
        assertThat(signatures.verify(agency, answer, flipped)).isFalse();
    }

    @Test
    void anotherAgencysKeyOrAMalformedSignatureFailsWithoutThrowing() {
        UUID agency = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SignatureValue byOther = signatures.sign(other, answer);
        signatures.sign(agency, answer);
        assertThat(signatures.verify(agency, answer, byOther)).as("signed by another agency").isFalse();
        assertThat(signatures.verify(other, answer, byOther)).isTrue();

        SignatureValue sig = signatures.sign(agency, answer);
        assertThat(signatures.verify(agency, answer, new SignatureValue("SHA1withRSA", sig.keyId(), sig.value(), sig.signedAt())))
                .isFalse();
        assertThat(signatures.verify(agency, answer, new SignatureValue(sig.algorithm(), "0000000000000000", sig.value(),
                sig.signedAt()))).isFalse();
        assertThat(signatures.verify(agency, answer, new SignatureValue(sig.algorithm(), "'; DROP TABLE x; --",
                sig.value(), sig.signedAt()))).isFalse();
        assertThat(signatures.verify(agency, answer, new SignatureValue(sig.algorithm(), sig.keyId(), "***not base64***",
                sig.signedAt()))).isFalse();
        assertThat(signatures.verify(agency, answer, null)).isFalse();
        assertThat(signatures.verify(agency, null, sig)).isFalse();
    }

    @Test
    void aPersonSignsOnlyForTheirOwnAgency() {
        UUID agency = UUID.randomUUID();
        assertThatThrownBy(() -> vn.liaison.TestActors.runAs(People.officer(), () -> signatures.sign(agency, answer)))
                .isInstanceOf(AccessDeniedException.class);
        vn.liaison.TestActors.runAs(People.officerOf(agency),
                () -> assertThat(signatures.verify(agency, answer, signatures.sign(agency, answer))).isTrue());
    }

    @Test
    void concurrentFirstUseMakesOneKey() throws Exception {
        UUID agency = UUID.randomUUID();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SignatureValue>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<SignatureValue> task = () -> {
                    start.await();
                    return signatures.sign(agency, answer);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<SignatureValue> sigs = new ArrayList<>();
            for (Future<SignatureValue> f : results) {
                sigs.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(sigs).extracting(SignatureValue::keyId).containsOnly(sigs.get(0).keyId());
            assertThat(sigs).allSatisfy(s -> assertThat(signatures.verify(agency, answer, s)).isTrue());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM agency_signing_key WHERE agency_id = ?").param(agency)
                .query(Long.class).single()).isEqualTo(1);
        String keyId = signatures.signingKeys(agency).get(0).keyId();
        assertThat(Ledger.entries(jdbc, "signing-key.generate", keyId)).singleElement()
                .satisfies(e -> assertThat(e).contains(agency.toString()).contains("SHA256withECDSA"));
    }

    @Test
    void rotationRetiresTheKeyWhichStillVerifiesWhatItSigned() {
        UUID agency = UUID.randomUUID();
        SignatureValue old = signatures.sign(agency, answer);
        SigningKeyView fresh = signatures.rotate(agency);
        assertThat(fresh.keyId()).isNotEqualTo(old.keyId());
        assertThat(fresh.active()).isTrue();
        SignatureValue next = signatures.sign(agency, answer);
        assertThat(next.keyId()).isEqualTo(fresh.keyId());
        assertThat(signatures.verify(agency, answer, old)).isTrue();
        assertThat(signatures.verify(agency, answer, next)).isTrue();
        assertThat(signatures.signingKeys(agency)).extracting(SigningKeyView::keyId, SigningKeyView::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fresh.keyId(), true),
                        org.assertj.core.groups.Tuple.tuple(old.keyId(), false));
        assertThat(Ledger.entries(jdbc, "signing-key.rotate", agency)).singleElement()
                .satisfies(e -> assertThat(e).contains(fresh.keyId()));
    }

    @Test
    void unknownKeysAreNotFound() {
        UUID agency = UUID.randomUUID();
        assertThat(signatures.signingKeys(agency)).isEmpty();
        assertThatThrownBy(() -> signatures.publicKeyPem(agency, null)).isInstanceOf(DomainException.class);
        String otherKey = signatures.sign(UUID.randomUUID(), answer).keyId();
        assertThatThrownBy(() -> signatures.signingKey(agency, otherKey)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
    }

    @Test
    void privateKeysAreEncryptedAtRest() {
        UUID agency = UUID.randomUUID();
        SignatureValue sig = signatures.sign(agency, answer);
        String stored = jdbc.sql("SELECT private_key FROM agency_signing_key WHERE id = ?").param(sig.keyId())
                .query(String.class).single();
        byte[] sealed = Base64.getDecoder().decode(stored);
        assertThat(sealed[0]).as("sealed form version").isEqualTo((byte) 1);
        assertThat(sealed.length).as("PKCS#8 under GCM: version, nonce, tag around it").isGreaterThan(1 + 12 + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1.2.840.10045");
    }
}
