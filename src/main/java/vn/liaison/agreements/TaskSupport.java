package vn.liaison.agreements;

import java.util.UUID;

/** A supporting agency of a task, optionally with its unit. */
public record TaskSupport(UUID agencyId, UUID unitId) {
}
