package vn.liaison.organizations.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.liaison.organizations.UnitData;
import vn.liaison.organizations.UnitKind;
import vn.liaison.organizations.UnitView;

/** The unit form as typed. */
public class UnitForm {

    @NotBlank
    @Size(max = 300)
    private String nameVi;
    @Size(max = 300)
    private String nameEn;
    @NotNull
    private UnitKind kind = UnitKind.DEPARTMENT;
    private UUID parentUnitId;
    private boolean active = true;
    private long version;

    static UnitForm of(UnitView u, long version) {
        UnitForm f = new UnitForm();
        f.nameVi = u.nameVi();
        f.nameEn = u.nameEn();
        f.kind = UnitKind.valueOf(u.kind());
        f.parentUnitId = u.parentUnitId();
        f.active = u.active();
        f.version = version;
        return f;
    }

    UnitData data() {
        return new UnitData(nameVi, nameEn, kind, parentUnitId, active);
    }

    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public UUID getParentUnitId() { return parentUnitId; }
    public void setParentUnitId(UUID parentUnitId) { this.parentUnitId = parentUnitId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
