package vn.liaison.organizations;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A department, office or team of an agency. */
@Entity
@Table(name = "unit")
class Unit {

    @Id
    private UUID id;
    private UUID agencyId;
    private UUID parentUnitId;
    private String nameVi;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private boolean active;
    @Version
    private long version;

    protected Unit() {
    }

    Unit(UUID id, UUID agencyId, UnitData data) {
        this.id = id;
        this.agencyId = agencyId;
        apply(data);
    }

    final void apply(UnitData d) {
        this.parentUnitId = d.parentUnitId();
        this.nameVi = d.nameVi().trim();
        this.nameEn = Agency.blankToNull(d.nameEn());
        this.kind = d.kind();
        this.active = d.active();
    }

    void moveTo(UUID agency) {
        this.agencyId = agency;
    }

    UnitData data() {
        return new UnitData(nameVi, nameEn, kind, parentUnitId, active);
    }

    UnitView view() {
        return new UnitView(id, agencyId, parentUnitId, nameVi, nameEn, kind.name(), active);
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID parentUnitId() {
        return parentUnitId;
    }

    long version() {
        return version;
    }
}
