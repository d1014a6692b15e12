package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types about an agency. The code follows the shape of the agency's short identifier
 * (upper-case letters, digits, dots and hyphens, as QĐ 20/2020/QĐ-TTg codes use dots between levels).
 */
public record AgencyData(
        @NotBlank @Size(max = 35) @Pattern(regexp = "[A-Za-z0-9.\\-]+", message = "{organizations.error.code.pattern}") String code,
        @NotBlank @Size(max = 300) String nameVi,
        @Size(max = 300) String nameEn,
        @Size(max = 100) String shortName,
        @NotNull AgencyKind kind,
        @NotNull AgencyLevel level,
        UUID parentId,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
