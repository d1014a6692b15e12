package vn.liaison.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import vn.liaison.agreements.TaskSupport;
import vn.liaison.agreements.TaskTerms;
import vn.liaison.shared.ContentArea;

/** The task form of the plan screen: one lead, one supporting agency (each with an optional unit). */
public class TaskForm {

    private String title;
    private ContentArea contentArea;
    private UUID leadAgencyId;
    private UUID leadUnitId;
    private UUID supportAgencyId;
    private UUID supportUnitId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;
    private String dateReason;
    private String expectedResult;

    TaskTerms terms() {
        List<TaskSupport> supports = new ArrayList<>();
        if (supportAgencyId != null) {
            supports.add(new TaskSupport(supportAgencyId, supportUnitId));
        }
        return new TaskTerms(title, contentArea, leadAgencyId, leadUnitId, supports, startDate, dueDate, dateReason,
                expectedResult);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ContentArea getContentArea() {
        return contentArea;
    }

    public void setContentArea(ContentArea contentArea) {
        this.contentArea = contentArea;
    }

    public UUID getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(UUID leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public UUID getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(UUID leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public UUID getSupportAgencyId() {
        return supportAgencyId;
    }

    public void setSupportAgencyId(UUID supportAgencyId) {
        this.supportAgencyId = supportAgencyId;
    }

    public UUID getSupportUnitId() {
        return supportUnitId;
    }

    public void setSupportUnitId(UUID supportUnitId) {
        this.supportUnitId = supportUnitId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getDateReason() {
        return dateReason;
    }

    public void setDateReason(String dateReason) {
        this.dateReason = dateReason;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }
}
