package vn.liaison.organizations;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

    List<Person> findByAgencyIdOrderByFullNameAsc(UUID agencyId);

    long countByAgencyIdAndActiveTrue(UUID agencyId);

    long countByUnitId(UUID unitId);
}
