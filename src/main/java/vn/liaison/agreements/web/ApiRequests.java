package vn.liaison.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.liaison.agreements.AgreementContent;
import vn.liaison.agreements.FocalPointAssignment;
import vn.liaison.agreements.PartyTerms;
import vn.liaison.agreements.TaskSupport;
import vn.liaison.agreements.TaskTerms;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/** The JSON bodies the agreements API accepts. */
final class ApiRequests {

    private ApiRequests() {
    }

    /** The terms of an agreement (create, edit a draft, or amend with a summary of what changed). */
    record AgreementRequest(@NotBlank @Size(max = 80) String number, @NotBlank @Size(max = 500) String title,
            @NotNull @Size(min = 2) List<@Valid PartyRequest> parties, LocalDate signingDate,
            @Size(max = 200) String signingPlace, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
            Set<String> sectors, @NotEmpty Set<ContentArea> contentAreas, String principles, String forms,
            List<FocalPointAssignment> focalPoints, Classification classification, String crossLevelReason,
            UUID replacesId, Long rowVersion, String summary) {

        AgreementContent content() {
            return new AgreementContent(number, title, parties.stream().map(PartyRequest::terms).toList(), signingDate,
                    signingPlace, effectiveFrom, effectiveTo, sectors, contentAreas, principles, forms, focalPoints,
                    classification, crossLevelReason, replacesId);
        }
    }

    /** A party: the agency, the signatory's name and title, its responsibilities. */
    record PartyRequest(@NotNull UUID agencyId, @Size(max = 200) String signatoryName,
            @Size(max = 200) String signatoryTitle, String responsibilities) {

        PartyTerms terms() {
            return new PartyTerms(agencyId, signatoryName, signatoryTitle, responsibilities);
        }
    }

    record SignatureRequest(@NotNull LocalDate signingDate, @Size(max = 200) String signingPlace, Long rowVersion) {
    }

    record TerminationRequest(@NotNull LocalDate terminatedOn, @NotBlank String reason, Long rowVersion) {
    }

    record PlanRequest(@NotNull UUID agreementId, @Min(2000) @Max(2100) int year, @NotBlank @Size(max = 500) String title) {
    }

    record TaskRequest(@NotBlank @Size(max = 500) String title, @NotNull ContentArea contentArea,
            @NotNull UUID leadAgencyId, UUID leadUnitId, List<TaskSupport> supports, @NotNull LocalDate startDate,
            @NotNull LocalDate dueDate, String dateReason, String expectedResult, Long rowVersion) {

        TaskTerms terms() {
            return new TaskTerms(title, contentArea, leadAgencyId, leadUnitId, supports, startDate, dueDate, dateReason,
                    expectedResult);
        }
    }

    /** A sign-off; {@code partyId} only when the leader's agency acts for more than one party. */
    record ApprovalRequest(UUID partyId, Long rowVersion) {
    }

    record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record PlanStatusRequest(@NotNull vn.liaison.agreements.PlanStatus status) {
    }

    record ProgressRequest(@NotNull LocalDate reportedOn, @Min(0) @Max(100) int percent, @NotBlank String note) {
    }

    record SectorRequest(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 300) String nameVi,
            @NotBlank @Size(max = 300) String nameEn) {
    }
}
