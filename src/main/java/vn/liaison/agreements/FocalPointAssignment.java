package vn.liaison.agreements;

import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** The focal point (đầu mối) a party names for a content area of the agreement: a person of the directory. */
public record FocalPointAssignment(UUID agencyId, ContentArea area, UUID personId) {
}
