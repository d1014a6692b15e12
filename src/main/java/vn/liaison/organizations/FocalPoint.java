package vn.liaison.organizations;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.liaison.shared.ContentArea;

/** The named contact of an agency for one content area. */
@Entity
@Table(name = "focal_point")
class FocalPoint {

    @Id
    private UUID id;
    private UUID agencyId;
    @Enumerated(EnumType.STRING)
    private ContentArea contentArea;
    private UUID personId;

    protected FocalPoint() {
    }

    FocalPoint(UUID id, UUID agencyId, ContentArea contentArea, UUID personId) {
        this.id = id;
        this.agencyId = agencyId;
        this.contentArea = contentArea;
        this.personId = personId;
    }

    void assign(UUID person) {
        this.personId = person;
    }

    void moveTo(UUID agency) {
        this.agencyId = agency;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    ContentArea contentArea() {
        return contentArea;
    }

    UUID personId() {
        return personId;
    }
}
