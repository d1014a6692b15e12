package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A merger, split or renaming of the agency it is recorded on. A merger may name further agencies merged
 * along ({@code coPredecessorIds}); successors are existing agencies ({@code successorIds}) and/or new ones.
 */
public record SuccessionCommand(@NotNull SuccessionKind kind, @NotNull LocalDate effectiveOn,
        List<UUID> coPredecessorIds, List<UUID> successorIds, @Valid List<NewSuccessor> newSuccessors,
        @Size(max = 1000) String note) {

    public SuccessionCommand {
        coPredecessorIds = coPredecessorIds == null ? List.of() : List.copyOf(coPredecessorIds);
        successorIds = successorIds == null ? List.of() : List.copyOf(successorIds);
        newSuccessors = newSuccessors == null ? List.of() : List.copyOf(newSuccessors);
    }
}
