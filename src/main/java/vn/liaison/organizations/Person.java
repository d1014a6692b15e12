package vn.liaison.organizations;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.liaison.shared.Classification;
import vn.liaison.shared.TextFolding;

/** A person of an agency; their sign-in account, if any, is the security module's. */
@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;
    private UUID agencyId;
    private UUID unitId;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Classification clearance;
    private boolean active;
    private String searchText;
    @Version
    private long version;

    protected Person() {
    }

    Person(UUID id, UUID agencyId, PersonData data) {
        this.id = id;
        this.agencyId = agencyId;
        apply(data);
    }

    final void apply(PersonData d) {
        this.unitId = d.unitId();
        this.fullName = d.fullName().trim();
        this.position = Agency.blankToNull(d.position());
        this.email = Agency.blankToNull(d.email());
        this.phone = Agency.blankToNull(d.phone());
        this.clearance = d.clearance();
        this.active = d.active();
        this.searchText = TextFolding.foldAll(fullName, position, email, phone);
    }

    void moveTo(UUID agency, UUID unit) {
        this.agencyId = agency;
        this.unitId = unit;
    }

    PersonData data() {
        return new PersonData(fullName, position, unitId, email, phone, clearance, active);
    }

    PersonView view() {
        return new PersonView(id, agencyId, unitId, fullName, position, email, phone, clearance, active);
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID unitId() {
        return unitId;
    }

    String fullName() {
        return fullName;
    }

    Classification clearance() {
        return clearance;
    }

    long version() {
        return version;
    }
}
