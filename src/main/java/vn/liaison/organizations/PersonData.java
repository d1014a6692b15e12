package vn.liaison.organizations;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.liaison.shared.Classification;

/** What an agency administrator types about a person. */
public record PersonData(@NotBlank @Size(max = 200) String fullName, @Size(max = 200) String position, UUID unitId,
        @Email @Size(max = 200) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+().\\- ]*", message = "{organizations.error.phone.pattern}") String phone,
        @NotNull Classification clearance, boolean active) {
}
