package vn.liaison.organizations.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.liaison.organizations.AgencyData;
import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyView;

/** The agency form as typed (kept as is when it is shown again with errors). */
public class AgencyForm {

    @NotBlank
    @Size(max = 35)
    @Pattern(regexp = "[A-Za-z0-9.\\-]*", message = "{organizations.error.code.pattern}")
    private String code;
    @NotBlank
    @Size(max = 300)
    private String nameVi;
    @Size(max = 300)
    private String nameEn;
    @Size(max = 100)
    private String shortName;
    @NotNull
    private AgencyKind kind;
    @NotNull
    private AgencyLevel level;
    private UUID parentId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    private long version;

    static AgencyForm of(AgencyView a, long version) {
        AgencyForm f = new AgencyForm();
        f.code = a.code();
        f.nameVi = a.nameVi();
        f.nameEn = a.nameEn();
        f.shortName = a.shortName();
        f.kind = a.kind();
        f.level = a.level();
        f.parentId = a.parentId();
        f.validFrom = a.validFrom();
        f.validTo = a.validTo();
        f.version = version;
        return f;
    }

    AgencyData data() {
        return new AgencyData(code, nameVi, nameEn, shortName, kind, level, parentId, validFrom, validTo);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public AgencyKind getKind() { return kind; }
    public void setKind(AgencyKind kind) { this.kind = kind; }
    public AgencyLevel getLevel() { return level; }
    public void setLevel(AgencyLevel level) { this.level = level; }
    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
