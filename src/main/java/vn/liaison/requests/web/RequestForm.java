package vn.liaison.requests.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.liaison.requests.IdentifierType;
import vn.liaison.requests.RequestKind;
import vn.liaison.requests.Urgency;
import vn.liaison.shared.Classification;

/**
 * The request form as typed (kept on error). Identifiers come from rows, pasted lines and an uploaded file; the
 * basis documents are files chosen on the form (a browser cannot be given them back after an error).
 */
public class RequestForm {

    private RequestKind kind = RequestKind.LOOKUP;
    private UUID receiverAgencyId;
    private String subject;
    private String details;
    private String basisReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate basisDate;
    private String basisLegalType;
    private String basisAuthority;
    private UUID approvingLeaderId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate basisValidUntil;
    private Classification classification = Classification.UNCLASSIFIED;
    private Urgency urgency = Urgency.NORMAL;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime requestedDue;
    private String internalNote;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowTo;
    private List<IdentifierType> rowType = new ArrayList<>();
    private List<String> rowValue = new ArrayList<>();
    private List<String> rowQualifier = new ArrayList<>();
    private IdentifierType pastedType = IdentifierType.PHONE;
    private String pasted;
    private String questions;
    private String items;
    private List<MultipartFile> basisFiles = new ArrayList<>();

    public RequestKind getKind() { return kind; }
    public void setKind(RequestKind kind) { this.kind = kind; }
    public UUID getReceiverAgencyId() { return receiverAgencyId; }
    public void setReceiverAgencyId(UUID receiverAgencyId) { this.receiverAgencyId = receiverAgencyId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public String getBasisReference() { return basisReference; }
    public void setBasisReference(String basisReference) { this.basisReference = basisReference; }
    public LocalDate getBasisDate() { return basisDate; }
    public void setBasisDate(LocalDate basisDate) { this.basisDate = basisDate; }
    public String getBasisLegalType() { return basisLegalType; }
    public void setBasisLegalType(String basisLegalType) { this.basisLegalType = basisLegalType; }
    public String getBasisAuthority() { return basisAuthority; }
    public void setBasisAuthority(String basisAuthority) { this.basisAuthority = basisAuthority; }
    public UUID getApprovingLeaderId() { return approvingLeaderId; }
    public void setApprovingLeaderId(UUID approvingLeaderId) { this.approvingLeaderId = approvingLeaderId; }
    public LocalDate getBasisValidUntil() { return basisValidUntil; }
    public void setBasisValidUntil(LocalDate basisValidUntil) { this.basisValidUntil = basisValidUntil; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public LocalDateTime getRequestedDue() { return requestedDue; }
    public void setRequestedDue(LocalDateTime requestedDue) { this.requestedDue = requestedDue; }
    public String getInternalNote() { return internalNote; }
    public void setInternalNote(String internalNote) { this.internalNote = internalNote; }
    public LocalDate getWindowFrom() { return windowFrom; }
    public void setWindowFrom(LocalDate windowFrom) { this.windowFrom = windowFrom; }
    public LocalDate getWindowTo() { return windowTo; }
    public void setWindowTo(LocalDate windowTo) { this.windowTo = windowTo; }
    public List<IdentifierType> getRowType() { return rowType; }
    public void setRowType(List<IdentifierType> rowType) { this.rowType = rowType; }
    public List<String> getRowValue() { return rowValue; }
    public void setRowValue(List<String> rowValue) { this.rowValue = rowValue; }
    public List<String> getRowQualifier() { return rowQualifier; }
    public void setRowQualifier(List<String> rowQualifier) { this.rowQualifier = rowQualifier; }
    public IdentifierType getPastedType() { return pastedType; }
    public void setPastedType(IdentifierType pastedType) { this.pastedType = pastedType; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public List<MultipartFile> getBasisFiles() { return basisFiles; }
    public void setBasisFiles(List<MultipartFile> basisFiles) { this.basisFiles = basisFiles == null ? new ArrayList<>() : basisFiles; }

    /** The files actually chosen: a browser sends an empty, nameless part for a file input left empty. */
    public List<MultipartFile> chosenBasisFiles() {
        return basisFiles.stream().filter(f -> f != null && f.getOriginalFilename() != null
                && !f.getOriginalFilename().isBlank()).toList();
    }
}
