package vn.liaison.organizations;

import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** The named contact of an agency for a content area. */
public record FocalPointView(UUID id, UUID agencyId, ContentArea area, UUID personId, String personName,
        String position, String email, String phone) {
}
