package vn.liaison.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, UUID> {

    Optional<Agency> findByCode(String code);

    boolean existsByCode(String code);

    List<Agency> findAllByOrderByNameViAsc();
}
