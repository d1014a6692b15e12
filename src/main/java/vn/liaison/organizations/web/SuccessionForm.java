package vn.liaison.organizations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.NewSuccessor;
import vn.liaison.organizations.SuccessionCommand;
import vn.liaison.organizations.SuccessionKind;

/** The merger / split / renaming form: existing successors and, optionally, one new successor typed in. */
public class SuccessionForm {

    @NotNull
    private SuccessionKind kind;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;
    private List<UUID> coPredecessorIds = new ArrayList<>();
    private List<UUID> successorIds = new ArrayList<>();
    private boolean createNew;
    @Size(max = 35)
    private String newCode;
    @Size(max = 300)
    private String newNameVi;
    @Size(max = 300)
    private String newNameEn;
    @Size(max = 100)
    private String newShortName;
    private AgencyKind newKind;
    private AgencyLevel newLevel;
    private UUID newParentId;
    @Size(max = 1000)
    private String note;

    /** Starts from the agency's own data, so a renaming needs only the new name and code. */
    static SuccessionForm startingFrom(AgencyView a) {
        SuccessionForm f = new SuccessionForm();
        f.kind = SuccessionKind.MERGER;
        f.newKind = a.kind();
        f.newLevel = a.level();
        f.newParentId = a.parentId();
        return f;
    }

    SuccessionCommand command() {
        List<NewSuccessor> news = createNew
                ? List.of(new NewSuccessor(newCode, newNameVi, newNameEn, newShortName, newKind, newLevel, newParentId))
                : List.of();
        return new SuccessionCommand(kind, effectiveOn, coPredecessorIds, successorIds, news, note);
    }

    /** The service names fields of the new successor "newSuccessors[0].x"; this form calls them "newX". */
    static String formField(String serviceField) {
        if (serviceField == null) {
            return null;
        }
        if (serviceField.startsWith("newSuccessors[")) {
            String tail = serviceField.substring(serviceField.indexOf("].") + 2);
            return "new" + Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
        }
        return serviceField;
    }

    public SuccessionKind getKind() { return kind; }
    public void setKind(SuccessionKind kind) { this.kind = kind; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public List<UUID> getCoPredecessorIds() { return coPredecessorIds; }
    public void setCoPredecessorIds(List<UUID> ids) { this.coPredecessorIds = ids == null ? new ArrayList<>() : ids; }
    public List<UUID> getSuccessorIds() { return successorIds; }
    public void setSuccessorIds(List<UUID> ids) { this.successorIds = ids == null ? new ArrayList<>() : ids; }
    public boolean isCreateNew() { return createNew; }
    public void setCreateNew(boolean createNew) { this.createNew = createNew; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewNameVi() { return newNameVi; }
    public void setNewNameVi(String newNameVi) { this.newNameVi = newNameVi; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String newNameEn) { this.newNameEn = newNameEn; }
    public String getNewShortName() { return newShortName; }
    public void setNewShortName(String newShortName) { this.newShortName = newShortName; }
    public AgencyKind getNewKind() { return newKind; }
    public void setNewKind(AgencyKind newKind) { this.newKind = newKind; }
    public AgencyLevel getNewLevel() { return newLevel; }
    public void setNewLevel(AgencyLevel newLevel) { this.newLevel = newLevel; }
    public UUID getNewParentId() { return newParentId; }
    public void setNewParentId(UUID newParentId) { this.newParentId = newParentId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
