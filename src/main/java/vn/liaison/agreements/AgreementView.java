package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/**
 * An agreement as a reader sees it: parties as named at signing with their current successors beside them,
 * the sectors with their names, focal points with the people's names, the links to what it replaces and what
 * replaced it, and the signed text's SHA-256.
 */
public record AgreementView(UUID id, String number, String title, AgreementStatus status, Classification classification,
        List<Party> parties, LocalDate signingDate, String signingPlace, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<SectorView> sectors, Set<ContentArea> contentAreas, String principles, String forms,
        List<FocalPoint> focalPoints, String crossLevelReason, Link replaces, Link replacedBy, LocalDate terminatedOn,
        String terminationReason, int version, long rowVersion, UUID signedTextId, String signedTextName,
        String signedTextSha256) {

    /** A party: the agency as named at signing, its level then, signatory, responsibilities, and current successors. */
    public record Party(UUID agencyId, String nameAtSigning, String level, String signatoryName, String signatoryTitle,
            String responsibilities, List<Successor> successors) {

        public boolean merged() {
            return !successors.isEmpty();
        }
    }

    /** An agency that now stands for a party that ceased to exist. */
    public record Successor(UUID agencyId, String name) {
    }

    /** A party's focal point for a content area. */
    public record FocalPoint(UUID agencyId, String agencyName, ContentArea area, UUID personId, String personName,
            String position) {
    }

    /** Another agreement this one points to. */
    public record Link(UUID id, String number, String title) {
    }

    public Set<UUID> partyIds() {
        return Set.copyOf(parties.stream().map(Party::agencyId).toList());
    }

    public String partyNames() {
        return String.join(" – ", parties.stream().map(Party::nameAtSigning).toList());
    }

    /** The terms as a command, to start an edit or an amendment from what is stored. */
    public AgreementContent content() {
        return new AgreementContent(number, title,
                parties.stream().map(p -> new PartyTerms(p.agencyId(), p.signatoryName(), p.signatoryTitle(),
                        p.responsibilities())).toList(),
                signingDate, signingPlace, effectiveFrom, effectiveTo,
                Set.copyOf(sectors.stream().map(SectorView::code).toList()), contentAreas, principles, forms,
                focalPoints.stream().map(f -> new FocalPointAssignment(f.agencyId(), f.area(), f.personId())).toList(),
                classification, crossLevelReason, replaces == null ? null : replaces.id());
    }
}
