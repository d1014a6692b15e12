package vn.liaison.agreements;

import java.util.UUID;

/** A party to an agreement as written in it: the agency, who signed for it (name, title), and its responsibilities. */
public record PartyTerms(UUID agencyId, String signatoryName, String signatoryTitle, String responsibilities) {
}
