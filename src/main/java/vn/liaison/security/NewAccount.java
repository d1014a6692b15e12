package vn.liaison.security;

import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.Classification;

/** A sign-in account to create for a person of an agency; a null password means "generate one and show it once". */
public record NewAccount(String username, String rawPassword, UUID personId, String displayName, UUID agencyId,
        String agencyName, UUID unitId, Classification clearance, Set<Role> roles) {
}
