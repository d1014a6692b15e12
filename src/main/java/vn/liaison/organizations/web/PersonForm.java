package vn.liaison.organizations.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.liaison.organizations.PersonData;
import vn.liaison.organizations.PersonView;
import vn.liaison.shared.Classification;

/** The person form as typed. */
public class PersonForm {

    @NotBlank
    @Size(max = 200)
    private String fullName;
    @Size(max = 200)
    private String position;
    private UUID unitId;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    @Pattern(regexp = "[0-9+().\\- ]*", message = "{organizations.error.phone.pattern}")
    private String phone;
    @NotNull
    private Classification clearance = Classification.UNCLASSIFIED;
    private boolean active = true;
    private long version;

    static PersonForm of(PersonView p, long version) {
        PersonForm f = new PersonForm();
        f.fullName = p.fullName();
        f.position = p.position();
        f.unitId = p.unitId();
        f.email = p.email();
        f.phone = p.phone();
        f.clearance = p.clearance();
        f.active = p.active();
        f.version = version;
        return f;
    }

    PersonData data() {
        return new PersonData(fullName, position, unitId, email, phone, clearance, active);
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public UUID getUnitId() { return unitId; }
    public void setUnitId(UUID unitId) { this.unitId = unitId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Classification getClearance() { return clearance; }
    public void setClearance(Classification clearance) { this.clearance = clearance; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
