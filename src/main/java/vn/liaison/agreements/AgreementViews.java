package vn.liaison.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.PersonView;

/** Turns stored agreements into what readers see, asking the directory for successors and people. */
@Component
class AgreementViews {

    private final AgreementStore store;
    private final AgencyDirectory directory;
    private final SectorCatalog sectors;

    AgreementViews(AgreementStore store, AgencyDirectory directory, SectorCatalog sectors) {
        this.store = store;
        this.directory = directory;
        this.sectors = sectors;
    }

    AgreementView view(Agreement a) {
        List<AgreementStore.PartyRow> rows = store.parties(a.id);
        Map<UUID, AgreementStore.PartyRow> byId = rows.stream()
                .collect(Collectors.toMap(AgreementStore.PartyRow::agencyId, Function.identity()));
        List<AgreementView.Party> parties = new ArrayList<>();
        for (PartyTerms p : a.content.parties()) {
            AgreementStore.PartyRow row = byId.get(p.agencyId());
            parties.add(new AgreementView.Party(p.agencyId(), row == null ? String.valueOf(p.agencyId()) : row.nameAtSigning(),
                    row == null ? null : row.level(), p.signatoryName(), p.signatoryTitle(), p.responsibilities(),
                    successors(p.agencyId())));
        }
        Map<String, SectorView> sectorByCode = sectors.all().stream()
                .collect(Collectors.toMap(SectorView::code, Function.identity()));
        List<SectorView> sectorViews = a.content.sectors().stream().map(sectorByCode::get).filter(s -> s != null)
                .sorted(java.util.Comparator.comparingInt(SectorView::position)).toList();
        List<AgreementView.FocalPoint> focal = a.content.focalPoints().stream().map(f -> {
            PersonView person = directory.person(f.personId()).orElse(null);
            AgreementStore.PartyRow row = byId.get(f.agencyId());
            return new AgreementView.FocalPoint(f.agencyId(), row == null ? "" : row.nameAtSigning(), f.area(), f.personId(),
                    person == null ? String.valueOf(f.personId()) : person.fullName(),
                    person == null ? null : person.position());
        }).sorted(java.util.Comparator.comparing(AgreementView.FocalPoint::agencyName)
                .thenComparing(AgreementView.FocalPoint::area)).toList();
        return new AgreementView(a.id, a.content.number(), a.content.title(), a.status, a.content.classification(), parties,
                a.content.signingDate(), a.content.signingPlace(), a.content.effectiveFrom(), a.content.effectiveTo(),
                sectorViews, a.content.contentAreas(), a.content.principles(), a.content.forms(), focal,
                a.content.crossLevelReason(), link(a.content.replacesId()), link(a.replacedById), a.terminatedOn,
                a.terminationReason, a.version, a.rowVersion, a.signedTextId, a.signedTextName, a.signedTextSha256);
    }

    AgreementSummary summary(Agreement a) {
        List<String> names = store.parties(a.id).stream().map(p -> {
            List<AgreementView.Successor> s = successors(p.agencyId());
            return s.isEmpty() ? p.nameAtSigning()
                    : p.nameAtSigning() + " (→ " + s.stream().map(AgreementView.Successor::name).collect(Collectors.joining(", ")) + ")";
        }).toList();
        return new AgreementSummary(a.id, a.content.number(), a.content.title(), a.status, a.content.classification(), names,
                a.content.signingDate(), a.content.effectiveFrom(), a.content.effectiveTo());
    }

    /** The agencies that now stand for this one (empty when it still exists itself). */
    List<AgreementView.Successor> successors(UUID agencyId) {
        List<AgencyView> current = directory.currentSuccessors(agencyId);
        return current.stream().filter(s -> !s.id().equals(agencyId))
                .map(s -> new AgreementView.Successor(s.id(), s.nameVi())).toList();
    }

    /** The parties and their current successors: who may act under the agreement. */
    Set<UUID> actingAgencies(Agreement a) {
        Set<UUID> all = new java.util.HashSet<>(a.content.partyIds());
        for (UUID p : a.content.partyIds()) {
            directory.currentSuccessors(p).forEach(s -> all.add(s.id()));
        }
        return all;
    }

    private AgreementView.Link link(UUID id) {
        if (id == null) {
            return null;
        }
        return store.find(id).map(o -> new AgreementView.Link(o.id, o.content.number(), o.content.title()))
                .orElse(new AgreementView.Link(id, String.valueOf(id), ""));
    }
}
