package vn.liaison.organizations;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SuccessionRepository extends JpaRepository<Succession, UUID> {

    List<Succession> findByPredecessorIdIn(Collection<UUID> ids);

    List<Succession> findBySuccessorIdIn(Collection<UUID> ids);

    boolean existsByPredecessorId(UUID id);
}
