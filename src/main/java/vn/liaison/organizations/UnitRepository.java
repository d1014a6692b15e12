package vn.liaison.organizations;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, UUID> {

    List<Unit> findByAgencyIdOrderByNameViAsc(UUID agencyId);

    long countByAgencyId(UUID agencyId);
}
