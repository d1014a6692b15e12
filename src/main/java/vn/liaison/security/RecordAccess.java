package vn.liaison.security;

import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.Classification;

/**
 * What the access policy needs to know of a record: its party agencies, the units and people it is assigned
 * to (need to know), and its classification. With {@code agencyWide} every staff member of a party may see it
 * (an agreement); otherwise officers see it only through their unit or assignment, leaders see their agency's.
 */
public record RecordAccess(Set<UUID> parties, Set<UUID> units, Set<UUID> people, Classification classification,
        boolean agencyWide) {

    public RecordAccess {
        parties = Set.copyOf(parties);
        units = units == null ? Set.of() : Set.copyOf(units);
        people = people == null ? Set.of() : Set.copyOf(people);
        classification = classification == null ? Classification.UNCLASSIFIED : classification;
    }

    public static RecordAccess agencyWide(Set<UUID> parties, Classification classification) {
        return new RecordAccess(parties, Set.of(), Set.of(), classification, true);
    }
}
