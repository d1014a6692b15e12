package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link from a predecessor to a successor (a merger of three is three links to one successor). */
@Entity
@Table(name = "agency_succession")
class Succession {

    @Id
    private UUID id;
    private UUID predecessorId;
    private UUID successorId;
    @Enumerated(EnumType.STRING)
    private SuccessionKind kind;
    private LocalDate effectiveOn;
    private String note;

    protected Succession() {
    }

    Succession(UUID id, UUID predecessorId, UUID successorId, SuccessionKind kind, LocalDate effectiveOn, String note) {
        this.id = id;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.note = note;
    }

    UUID id() {
        return id;
    }

    UUID predecessorId() {
        return predecessorId;
    }

    UUID successorId() {
        return successorId;
    }

    SuccessionKind kind() {
        return kind;
    }

    LocalDate effectiveOn() {
        return effectiveOn;
    }

    String note() {
        return note;
    }

    SuccessionView view() {
        return new SuccessionView(predecessorId, successorId, kind, effectiveOn, note);
    }
}
