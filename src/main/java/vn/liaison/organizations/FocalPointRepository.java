package vn.liaison.organizations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.liaison.shared.ContentArea;

interface FocalPointRepository extends JpaRepository<FocalPoint, UUID> {

    List<FocalPoint> findByAgencyId(UUID agencyId);

    Optional<FocalPoint> findByAgencyIdAndContentArea(UUID agencyId, ContentArea area);

    List<FocalPoint> findByPersonId(UUID personId);
}
