package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** Read access to agencies, units, people and focal points for the other modules. */
public interface AgencyDirectory {

    Optional<AgencyView> agency(UUID id);

    /** Several agencies at once, keyed by id (unknown ids are left out). */
    Map<UUID, AgencyView> agencies(Collection<UUID> ids);

    Optional<AgencyView> agencyByCode(String code);

    /** Every agency, current and former, sorted by Vietnamese name. */
    List<AgencyView> allAgencies();

    /** The agencies that exist on that day. */
    List<AgencyView> agenciesActiveOn(LocalDate day);

    /** The agencies that finally came out of this one (itself when it still exists). */
    List<AgencyView> currentSuccessors(UUID agencyId);

    Optional<UnitView> unit(UUID id);

    /** Units by id, in one lookup (unknown ids are left out). */
    Map<UUID, UnitView> unitsById(Collection<UUID> ids);

    List<UnitView> units(UUID agencyId);

    Optional<PersonView> person(UUID id);

    List<PersonView> people(UUID agencyId);

    List<FocalPointView> focalPoints(UUID agencyId);

    Optional<FocalPointView> focalPoint(UUID agencyId, ContentArea area);
}
