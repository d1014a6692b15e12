package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/**
 * The written terms of an agreement: what a draft edit or an amendment changes. {@code replacesId} names the
 * agreement this one replaces (null when none).
 */
public record AgreementContent(String number, String title, List<PartyTerms> parties, LocalDate signingDate,
        String signingPlace, LocalDate effectiveFrom, LocalDate effectiveTo, Set<String> sectors,
        Set<ContentArea> contentAreas, String principles, String forms, List<FocalPointAssignment> focalPoints,
        Classification classification, String crossLevelReason, UUID replacesId) {

    public AgreementContent {
        parties = parties == null ? List.of() : List.copyOf(parties);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        contentAreas = contentAreas == null ? Set.of() : Set.copyOf(contentAreas);
        focalPoints = focalPoints == null ? List.of() : List.copyOf(focalPoints);
        classification = classification == null ? Classification.UNCLASSIFIED : classification;
        number = trim(number);
        title = trim(title);
        signingPlace = trim(signingPlace);
        principles = trim(principles);
        forms = trim(forms);
        crossLevelReason = trim(crossLevelReason);
    }

    public List<UUID> partyIds() {
        return parties.stream().map(PartyTerms::agencyId).toList();
    }

    /**
     * The fields as text, in a fixed order: what the version history stores and compares. Keys are message
     * keys of the field labels.
     */
    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("title", title);
        m.put("signingDate", text(signingDate));
        m.put("signingPlace", signingPlace);
        m.put("effectiveFrom", text(effectiveFrom));
        m.put("effectiveTo", text(effectiveTo));
        m.put("classification", classification.name());
        m.put("sectors", String.join(", ", new TreeSet<>(sectors)));
        m.put("contentAreas", contentAreas.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        m.put("principles", principles);
        m.put("forms", forms);
        for (PartyTerms p : parties) {
            m.put("party." + p.agencyId() + ".signatory", nz(p.signatoryName()) + " — " + nz(p.signatoryTitle()));
            m.put("party." + p.agencyId() + ".responsibilities", nz(p.responsibilities()));
        }
        for (FocalPointAssignment f : focalPoints) {
            m.put("focalPoint." + f.agencyId() + "." + f.area().name(), String.valueOf(f.personId()));
        }
        m.put("crossLevelReason", crossLevelReason);
        m.replaceAll((k, v) -> v == null ? "" : v);
        return m;
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
