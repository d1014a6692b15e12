package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.ContentArea;

/** What a plan task says: title, content area, lead and supporting agencies and units, dates, expected result. */
public record TaskTerms(String title, ContentArea contentArea, UUID leadAgencyId, UUID leadUnitId,
        List<TaskSupport> supports, LocalDate startDate, LocalDate dueDate, String dateReason, String expectedResult) {

    public TaskTerms {
        supports = supports == null ? List.of() : List.copyOf(supports);
        title = title == null || title.isBlank() ? null : title.strip();
        dateReason = dateReason == null || dateReason.isBlank() ? null : dateReason.strip();
        expectedResult = expectedResult == null || expectedResult.isBlank() ? null : expectedResult.strip();
    }
}
