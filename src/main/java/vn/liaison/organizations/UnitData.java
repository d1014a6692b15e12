package vn.liaison.organizations;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an agency administrator types about a unit. */
public record UnitData(@NotBlank @Size(max = 300) String nameVi, @Size(max = 300) String nameEn,
        @NotNull UnitKind kind, UUID parentUnitId, boolean active) {
}
