package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.DomainException;

/** Checks on an agency's own fields: a sane validity, and a parent that existed and is not the agency itself. */
final class AgencyRules {

    private AgencyRules() {
    }

    /**
     * @param self         the agency's id (null when it is being created)
     * @param parent       the parent's validity (null when none was chosen)
     * @param parentsAbove the chain of parents above the chosen parent, itself included
     */
    static void check(UUID self, LocalDate validFrom, LocalDate validTo, AgencySpan parent, Set<UUID> parentsAbove) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw DomainException.invalid("validTo", "organizations.error.validity.toBeforeFrom");
        }
        if (parent == null) {
            return;
        }
        if (self != null && (parent.id().equals(self) || parentsAbove.contains(self))) {
            throw DomainException.invalid("parentId", "organizations.error.parent.cycle");
        }
        if (validFrom != null && !parent.existedOn(validFrom)) {
            throw DomainException.invalid("parentId", "organizations.error.parent.notExisting", validFrom);
        }
    }
}
