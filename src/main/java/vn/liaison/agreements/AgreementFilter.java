package vn.liaison.agreements;

import java.util.UUID;

/** The filters of the agreement list: a party, a status, a sector code, a year the agreement was in force, free text. */
public record AgreementFilter(UUID partyId, AgreementStatus status, String sector, Integer year, String text) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null);
    }
}
