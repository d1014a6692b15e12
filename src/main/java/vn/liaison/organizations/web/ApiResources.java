package vn.liaison.organizations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.liaison.organizations.AgencyData;
import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.PersonData;
import vn.liaison.organizations.PersonView;
import vn.liaison.organizations.UnitData;
import vn.liaison.organizations.UnitKind;
import vn.liaison.organizations.UnitView;
import vn.liaison.shared.Classification;

/** The JSON shapes of the organizations API (a resource carries the version an update must send back). */
final class ApiResources {

    private ApiResources() {
    }

    static final String CODE = "[A-Za-z0-9.\\-]+";
    static final String PHONE = "[0-9+().\\- ]*";

    public record AgencyResource(UUID id, String code, String nameVi, String nameEn, String shortName, AgencyKind kind,
            AgencyLevel level, UUID parentId, LocalDate validFrom, LocalDate validTo, List<UUID> predecessorIds,
            List<UUID> successorIds, long version) {

        static AgencyResource of(AgencyView a, long version) {
            return new AgencyResource(a.id(), a.code(), a.nameVi(), a.nameEn(), a.shortName(), a.kind(), a.level(),
                    a.parentId(), a.validFrom(), a.validTo(), a.predecessorIds(), a.successorIds(), version);
        }
    }

    /** An update of an agency: every field, and the version that was read. */
    public record AgencyChange(@NotNull Long version,
            @NotBlank @Size(max = 35) @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 300) String nameVi, @Size(max = 300) String nameEn, @Size(max = 100) String shortName,
            @NotNull AgencyKind kind, @NotNull AgencyLevel level, UUID parentId, @NotNull LocalDate validFrom,
            LocalDate validTo) {

        AgencyData data() {
            return new AgencyData(code, nameVi, nameEn, shortName, kind, level, parentId, validFrom, validTo);
        }
    }

    public record UnitResource(UUID id, UUID agencyId, UUID parentUnitId, String nameVi, String nameEn, String kind,
            boolean active, long version) {

        static UnitResource of(UnitView u, long version) {
            return new UnitResource(u.id(), u.agencyId(), u.parentUnitId(), u.nameVi(), u.nameEn(), u.kind(), u.active(),
                    version);
        }
    }

    public record UnitCreate(@NotNull UUID agencyId, @NotBlank @Size(max = 300) String nameVi,
            @Size(max = 300) String nameEn, @NotNull UnitKind kind, UUID parentUnitId, Boolean active) {

        UnitData data() {
            return new UnitData(nameVi, nameEn, kind, parentUnitId, active == null || active);
        }
    }

    public record UnitChange(@NotNull Long version, @NotBlank @Size(max = 300) String nameVi,
            @Size(max = 300) String nameEn, @NotNull UnitKind kind, UUID parentUnitId, @NotNull Boolean active) {

        UnitData data() {
            return new UnitData(nameVi, nameEn, kind, parentUnitId, active);
        }
    }

    /** A person; {@code clearance} is left out (null) unless the reader administers the person's agency. */
    public record PersonResource(UUID id, UUID agencyId, UUID unitId, String fullName, String position, String email,
            String phone, Classification clearance, boolean active, long version) {

        static PersonResource of(PersonView p, long version, boolean withClearance) {
            return new PersonResource(p.id(), p.agencyId(), p.unitId(), p.fullName(), p.position(), p.email(), p.phone(),
                    withClearance ? p.clearance() : null, p.active(), version);
        }
    }

    public record PersonCreate(@NotNull UUID agencyId, @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) String position, UUID unitId, @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = PHONE) String phone, @NotNull Classification clearance, Boolean active) {

        PersonData data() {
            return new PersonData(fullName, position, unitId, email, phone, clearance, active == null || active);
        }
    }

    public record PersonChange(@NotNull Long version, @NotBlank @Size(max = 200) String fullName,
            @Size(max = 200) String position, UUID unitId, @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = PHONE) String phone, @NotNull Classification clearance,
            @NotNull Boolean active) {

        PersonData data() {
            return new PersonData(fullName, position, unitId, email, phone, clearance, active);
        }
    }

    /** The focal point of an area: a person of the agency, or null to clear it. */
    public record FocalPointChange(UUID personId) {
    }
}
