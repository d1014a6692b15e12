package vn.liaison.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Role;

/** The public key endpoint: any signed-in person gets the PEM, which verifies a signature outside the platform. */
@LiaisonTest
class SigningKeyEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencySignatures signatures;

    @Test
    void anyoneSignedInGetsThePemAndItVerifiesOutsideThePlatform() throws Exception {
        UUID agency = UUID.randomUUID();
        byte[] data = "câu trả lời đã ký".getBytes(StandardCharsets.UTF_8);
        SignatureValue sig = signatures.sign(agency, data);

        String json = mvc.perform(get("/api/v1/signing-keys/{a}/{k}", agency, sig.keyId())
                        .with(TestActors.as(People.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keyId").value(sig.keyId()))
                .andExpect(jsonPath("$.algorithm").value("SHA256withECDSA"))
                .andExpect(jsonPath("$.curve").value("secp256r1"))
                .andReturn().getResponse().getContentAsString();
        String pem = JsonPath.read(json, "$.publicKeyPem");

        // Plain JDK, no platform code: what an outside verifier would do with the PEM.
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(data);
        assertThat(verifier.verify(Base64.getDecoder().decode(sig.value()))).isTrue();

        mvc.perform(get("/api/v1/signing-keys/{a}", agency).with(TestActors.as(People.officer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].keyId").value(sig.keyId()))
                .andExpect(jsonPath("$[0].publicKeyPem").value(pem));
    }

    @Test
    void onlyTheAgencysAdministratorRotatesItsKey() throws Exception {
        UUID agency = UUID.randomUUID();
        String old = signatures.sign(agency, new byte[] {1}).keyId();
        var officer = People.officerOf(agency);
        var otherAdmin = People.withRoles(UUID.randomUUID(), Role.AGENCY_ADMIN);
        mvc.perform(post("/api/v1/signing-keys/{a}/rotate", agency).with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/signing-keys/{a}/rotate", agency).with(csrf()).with(TestActors.as(otherAdmin)))
                .andExpect(status().isForbidden());
        assertThat(signatures.signingKeys(agency)).singleElement().satisfies(k -> assertThat(k.keyId()).isEqualTo(old));

        mvc.perform(post("/api/v1/signing-keys/{a}/rotate", agency).with(csrf())
                        .with(TestActors.as(People.withRoles(agency, Role.AGENCY_ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keyId").value(org.hamcrest.Matchers.not(old)))
                .andExpect(jsonPath("$.retiredAt").doesNotExist());
        assertThat(signatures.signingKeys(agency)).hasSize(2);
    }

    @Test
    void unknownKeysAreNotFoundAndAnonymousCallersRefused() throws Exception {
        UUID agency = UUID.randomUUID();
        String otherKey = signatures.sign(UUID.randomUUID(), new byte[] {1}).keyId();
        mvc.perform(get("/api/v1/signing-keys/{a}/{k}", agency, otherKey).with(TestActors.as(People.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/signing-keys/{a}/{k}", agency, "not-a-key").with(TestActors.as(People.officer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/signing-keys/{a}", "not-a-uuid").with(TestActors.as(People.officer())))
                .andExpect(status().isBadRequest());
        // 401 once the security module answers API calls without a session so (SecurityMatrixTest insists on it);
        // until then the sign-in redirect: refused either way, never the keys.
        int anonymous = mvc.perform(get("/api/v1/signing-keys/{a}", agency)).andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(401, 302);
    }
}
