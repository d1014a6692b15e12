package vn.liaison.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

import vn.liaison.agreements.AgreementContent;
import vn.liaison.agreements.AgreementView;
import vn.liaison.agreements.FocalPointAssignment;
import vn.liaison.agreements.PartyTerms;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;

/** The agreement form (draft, edit, amendment): a bean the screen binds to, with four party rows. */
public class AgreementForm {

    static final int PARTY_ROWS = 4;

    private String number;
    private String title;
    private List<PartyRow> parties = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signingDate;
    private String signingPlace;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveTo;
    private List<String> sectors = new ArrayList<>();
    private List<ContentArea> contentAreas = new ArrayList<>();
    private String principles;
    private String forms;
    private Classification classification = Classification.UNCLASSIFIED;
    private String crossLevelReason;
    private UUID replacesId;
    private long rowVersion = -1;
    private String summary;
    private boolean directoryFocalPoints = true;
    private List<FocalPointAssignment> keptFocalPoints = new ArrayList<>();

    public AgreementForm() {
        while (parties.size() < PARTY_ROWS) {
            parties.add(new PartyRow());
        }
    }

    static AgreementForm of(AgreementView v) {
        AgreementForm f = new AgreementForm();
        f.number = v.number();
        f.title = v.title();
        f.parties = new ArrayList<>();
        for (AgreementView.Party p : v.parties()) {
            PartyRow r = new PartyRow();
            r.setAgencyId(p.agencyId());
            r.setSignatoryName(p.signatoryName());
            r.setSignatoryTitle(p.signatoryTitle());
            r.setResponsibilities(p.responsibilities());
            f.parties.add(r);
        }
        while (f.parties.size() < PARTY_ROWS) {
            f.parties.add(new PartyRow());
        }
        f.signingDate = v.signingDate();
        f.signingPlace = v.signingPlace();
        f.effectiveFrom = v.effectiveFrom();
        f.effectiveTo = v.effectiveTo();
        f.sectors = new ArrayList<>(v.sectors().stream().map(s -> s.code()).toList());
        f.contentAreas = new ArrayList<>(v.contentAreas());
        f.principles = v.principles();
        f.forms = v.forms();
        f.classification = v.classification();
        f.crossLevelReason = v.crossLevelReason();
        f.replacesId = v.replaces() == null ? null : v.replaces().id();
        f.rowVersion = v.rowVersion();
        f.directoryFocalPoints = false;
        f.keptFocalPoints = v.focalPoints().stream()
                .map(p -> new FocalPointAssignment(p.agencyId(), p.area(), p.personId())).toList();
        return f;
    }

    /** The terms; focal points either as the directory names them or as already recorded. */
    AgreementContent content(List<FocalPointAssignment> directoryFocal) {
        List<PartyTerms> terms = parties.stream().filter(p -> p.getAgencyId() != null)
                .map(p -> new PartyTerms(p.getAgencyId(), p.getSignatoryName(), p.getSignatoryTitle(),
                        p.getResponsibilities()))
                .toList();
        Set<UUID> partyIds = new LinkedHashSet<>(terms.stream().map(PartyTerms::agencyId).toList());
        List<FocalPointAssignment> focal = (directoryFocalPoints ? directoryFocal : keptFocalPoints).stream()
                .filter(fp -> partyIds.contains(fp.agencyId()) && contentAreas.contains(fp.area())).toList();
        return new AgreementContent(number, title, terms, signingDate, signingPlace, effectiveFrom, effectiveTo,
                Set.copyOf(sectors), Set.copyOf(contentAreas), principles, forms, focal, classification, crossLevelReason,
                replacesId);
    }

    List<UUID> partyIds() {
        return parties.stream().map(PartyRow::getAgencyId).filter(id -> id != null).distinct().toList();
    }

    /** One party row of the form. */
    public static class PartyRow {
        private UUID agencyId;
        private String signatoryName;
        private String signatoryTitle;
        private String responsibilities;

        public UUID getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(UUID agencyId) {
            this.agencyId = agencyId;
        }

        public String getSignatoryName() {
            return signatoryName;
        }

        public void setSignatoryName(String signatoryName) {
            this.signatoryName = signatoryName;
        }

        public String getSignatoryTitle() {
            return signatoryTitle;
        }

        public void setSignatoryTitle(String signatoryTitle) {
            this.signatoryTitle = signatoryTitle;
        }

        public String getResponsibilities() {
            return responsibilities;
        }

        public void setResponsibilities(String responsibilities) {
            this.responsibilities = responsibilities;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public void setParties(List<PartyRow> parties) {
        this.parties = parties;
    }

    public LocalDate getSigningDate() {
        return signingDate;
    }

    public void setSigningDate(LocalDate signingDate) {
        this.signingDate = signingDate;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public void setSigningPlace(String signingPlace) {
        this.signingPlace = signingPlace;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }

    public List<ContentArea> getContentAreas() {
        return contentAreas;
    }

    public void setContentAreas(List<ContentArea> contentAreas) {
        this.contentAreas = contentAreas == null ? new ArrayList<>() : contentAreas;
    }

    public String getPrinciples() {
        return principles;
    }

    public void setPrinciples(String principles) {
        this.principles = principles;
    }

    public String getForms() {
        return forms;
    }

    public void setForms(String forms) {
        this.forms = forms;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public String getCrossLevelReason() {
        return crossLevelReason;
    }

    public void setCrossLevelReason(String crossLevelReason) {
        this.crossLevelReason = crossLevelReason;
    }

    public UUID getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(UUID replacesId) {
        this.replacesId = replacesId;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isDirectoryFocalPoints() {
        return directoryFocalPoints;
    }

    public void setDirectoryFocalPoints(boolean directoryFocalPoints) {
        this.directoryFocalPoints = directoryFocalPoints;
    }

    List<FocalPointAssignment> getKeptFocalPoints() {
        return keptFocalPoints;
    }

    void setKeptFocalPoints(List<FocalPointAssignment> keptFocalPoints) {
        this.keptFocalPoints = keptFocalPoints == null ? new ArrayList<>() : keptFocalPoints;
    }
}
