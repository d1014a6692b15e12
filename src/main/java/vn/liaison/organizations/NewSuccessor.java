package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A successor created by a succession; it starts on the effective date. */
public record NewSuccessor(
        @NotBlank @Size(max = 35) @Pattern(regexp = "[A-Za-z0-9.\\-]+", message = "{organizations.error.code.pattern}") String code,
        @NotBlank @Size(max = 300) String nameVi,
        @Size(max = 300) String nameEn,
        @Size(max = 100) String shortName,
        @NotNull AgencyKind kind,
        @NotNull AgencyLevel level,
        UUID parentId) {

    AgencyData startingOn(LocalDate day) {
        return new AgencyData(code, nameVi, nameEn, shortName, kind, level, parentId, day, null);
    }
}
