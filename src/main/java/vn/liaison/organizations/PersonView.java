package vn.liaison.organizations;

import java.util.UUID;

import vn.liaison.shared.Classification;

/** A person of an agency (fictional in the demo data). */
public record PersonView(UUID id, UUID agencyId, UUID unitId, String fullName, String position, String email,
        String phone, Classification clearance, boolean active) {
}
