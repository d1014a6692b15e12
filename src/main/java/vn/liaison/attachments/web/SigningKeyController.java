package vn.liaison.attachments.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.liaison.attachments.AgencySignatures;
import vn.liaison.attachments.SigningKeyView;
import vn.liaison.security.AccessPolicy;

/**
 * Agencies' public signing keys. Public keys are public: any signed-in person or API token may fetch them to
 * check a signed answer outside the platform (e.g. {@code openssl dgst -sha256 -verify key.pem -signature sig}).
 * Only the agency's administrators may rotate its key.
 */
@RestController
@RequestMapping("/api/v1/signing-keys")
@Tag(name = "Signing keys", description = "Agencies' public keys for verifying signed answers")
class SigningKeyController {

    private final AccessPolicy access;
    private final AgencySignatures signatures;

    SigningKeyController(AccessPolicy access, AgencySignatures signatures) {
        this.access = access;
        this.signatures = signatures;
    }

    @GetMapping(value = "/{agencyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An agency's signing keys (active first, then retired), each with its public key in PEM")
    List<SigningKeyView> agencyKeys(@PathVariable UUID agencyId) {
        access.requireActor();
        return signatures.signingKeys(agencyId);
    }

    @GetMapping(value = "/{agencyId}/{keyId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One signing key of an agency, by the key id a signature names")
    SigningKeyView key(@PathVariable UUID agencyId, @PathVariable String keyId) {
        access.requireActor();
        return signatures.signingKey(agencyId, keyId);
    }

    @PostMapping(value = "/{agencyId}/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retire the agency's active key and make a new one (agency administrators)",
            description = "The retired key stays published and keeps verifying what it signed.")
    SigningKeyView rotate(@PathVariable UUID agencyId) {
        access.requireAgencyAdmin(agencyId);
        return signatures.rotate(agencyId);
    }
}
