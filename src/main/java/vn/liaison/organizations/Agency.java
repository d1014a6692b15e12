package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.liaison.shared.TextFolding;

/** An agency record; a rename creates a new record, so the fields describe the agency as it was while valid. */
@Entity
@Table(name = "agency")
class Agency {

    @Id
    private UUID id;
    private String code;
    private String nameVi;
    private String nameEn;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "level")
    private AgencyLevel level;
    private UUID parentId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String searchText;
    @Version
    private long version;

    protected Agency() {
    }

    Agency(UUID id, AgencyData data) {
        this.id = id;
        apply(data);
    }

    final void apply(AgencyData d) {
        this.code = d.code().trim().toUpperCase(java.util.Locale.ROOT);
        this.nameVi = d.nameVi().trim();
        this.nameEn = blankToNull(d.nameEn());
        this.shortName = blankToNull(d.shortName());
        this.kind = d.kind();
        this.level = d.level();
        this.parentId = d.parentId();
        this.validFrom = d.validFrom();
        this.validTo = d.validTo();
        this.searchText = TextFolding.foldAll(code, nameVi, nameEn, shortName);
    }

    void end(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    AgencyData data() {
        return new AgencyData(code, nameVi, nameEn, shortName, kind, level, parentId, validFrom, validTo);
    }

    AgencyView view(List<UUID> predecessorIds, List<UUID> successorIds) {
        return new AgencyView(id, code, nameVi, nameEn, shortName, kind, level, parentId, validFrom, validTo,
                List.copyOf(predecessorIds), List.copyOf(successorIds));
    }

    boolean existedOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String nameVi() {
        return nameVi;
    }

    UUID parentId() {
        return parentId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    long version() {
        return version;
    }
}
