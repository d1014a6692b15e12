package vn.liaison.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.documents.DocumentRenderer;
import vn.liaison.documents.OfficialDocument;
import vn.liaison.documents.OfficialDocument.Block;
import vn.liaison.documents.OfficialDocument.BulletList;
import vn.liaison.documents.OfficialDocument.Heading;
import vn.liaison.documents.OfficialDocument.Paragraph;
import vn.liaison.documents.OfficialDocument.SignatureBlock;
import vn.liaison.documents.OfficialDocument.Table;
import vn.liaison.documents.Spreadsheet;
import vn.liaison.documents.SpreadsheetWriter;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.shared.DomainException;

/**
 * Exports: the agreement as a QUY CHẾ (type code QC) and the yearly plan as a KẾ HOẠCH (type code KH) in the
 * Decree 30/2020 layout, DOCX and PDF; the plan's progress as XLSX. Official documents are written in
 * Vietnamese whatever the reader's language. Every export is recorded in the ledger.
 */
@Service
public class AgreementDocuments {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AgreementManagement agreements;
    private final PlanManagement plans;
    private final AgencyDirectory directory;
    private final MessageSource messages;
    private final AuditLedger ledger;
    private final ObjectProvider<DocumentRenderer> renderer;
    private final ObjectProvider<SpreadsheetWriter> spreadsheets;
    private final Clock clock;

    AgreementDocuments(AgreementManagement agreements, PlanManagement plans, AgencyDirectory directory,
            MessageSource messages, AuditLedger ledger, ObjectProvider<DocumentRenderer> renderer,
            ObjectProvider<SpreadsheetWriter> spreadsheets, Clock clock) {
        this.agreements = agreements;
        this.plans = plans;
        this.directory = directory;
        this.messages = messages;
        this.ledger = ledger;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    /** A rendered file: its name (without extension) and bytes. */
    public record Exported(String baseName, byte[] content) {
    }

    @Transactional
    public Exported agreement(UUID id, boolean pdf) {
        AgreementView a = agreements.view(id);
        OfficialDocument doc = agreementDocument(a);
        byte[] bytes = render(doc, pdf);
        ledger.record(AuditRecord.change("agreement.export", "agreement", id, null, Map.of("format", pdf ? "pdf" : "docx")));
        return new Exported("quy-che-" + safe(a.number()), bytes);
    }

    @Transactional
    public Exported plan(UUID planId, boolean pdf) {
        PlanView p = plans.plan(planId);
        AgreementView a = agreements.view(p.agreementId());
        byte[] bytes = render(planDocument(p, a), pdf);
        ledger.record(AuditRecord.change("plan.export", "plan", planId, null, Map.of("format", pdf ? "pdf" : "docx")));
        return new Exported("ke-hoach-" + p.year() + "-" + safe(a.number()), bytes);
    }

    @Transactional
    public Exported progress(UUID planId) {
        PlanView p = plans.plan(planId);
        SpreadsheetWriter writer = spreadsheets.getIfAvailable();
        if (writer == null) {
            throw DomainException.conflict("agreements.error.exportUnavailable");
        }
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> reports = new ArrayList<>();
        int i = 1;
        LocalDate today = LocalDate.now(clock);
        for (TaskView t : p.tasks()) {
            ProgressReport last = t.progress().isEmpty() ? null : t.progress().get(0);
            rows.add(java.util.Arrays.asList(i, t.title(), text(t.contentArea().messageKey()), t.leadAgencyName(),
                    t.supportNames(), t.startDate(), t.dueDate(), text(t.status().messageKey()),
                    text(t.approval().messageKey()), t.percent(), t.overdue() ? -t.daysLeft() : 0,
                    last == null ? null : last.reportedOn(), last == null ? null : last.reporterName()));
            for (ProgressReport r : t.progress()) {
                reports.add(java.util.Arrays.asList(i, t.title(), r.reportedOn(), r.percent(), r.note(), r.reporterName(),
                        r.attachments().stream().map(x -> x.fileName() + " (SHA-256 " + x.sha256() + ")")
                                .collect(Collectors.joining("; "))));
            }
            i++;
        }
        Spreadsheet sheet = new Spreadsheet(List.of(
                new Spreadsheet.Sheet(text("agreements.xlsx.tasks"), List.of(text("agreements.doc.no"),
                        text("agreements.field.taskTitle"), text("agreements.field.contentArea"),
                        text("agreements.field.leadAgency"), text("agreements.field.supports"),
                        text("agreements.field.startDate"), text("agreements.field.dueDate"),
                        text("agreements.field.taskStatus"), text("agreements.field.approval"),
                        text("agreements.field.percent"), text("agreements.xlsx.daysOverdue"),
                        text("agreements.xlsx.lastReport"), text("agreements.field.reporter")), rows),
                new Spreadsheet.Sheet(text("agreements.xlsx.reports"), List.of(text("agreements.doc.no"),
                        text("agreements.field.taskTitle"), text("agreements.field.reportedOn"),
                        text("agreements.field.percent"), text("agreements.field.note"),
                        text("agreements.field.reporter"), text("agreements.field.files")), reports)));
        byte[] bytes = writer.xlsx(sheet);
        ledger.record(AuditRecord.change("plan.export", "plan", planId, null, Map.of("format", "xlsx", "asOf", today.toString())));
        return new Exported("tien-do-" + p.year() + "-" + safe(p.agreementNumber()), bytes);
    }

    OfficialDocument agreementDocument(AgreementView a) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(text("agreements.doc.parties")));
        body.add(new Table(List.of(text("agreements.doc.party"), text("agreements.field.signatoryName"),
                text("agreements.field.signatoryTitle")),
                a.parties().stream().map(p -> List.of(partyName(p), nz(p.signatoryName()), nz(p.signatoryTitle()))).toList()));
        if (a.crossLevelReason() != null) {
            body.add(new Paragraph(text("agreements.field.crossLevelReason") + ": " + a.crossLevelReason()));
        }
        body.add(new Heading(text("agreements.doc.scope")));
        body.add(new BulletList(a.sectors().isEmpty() ? List.of("—") : a.sectors().stream().map(SectorView::nameVi).toList()));
        body.add(new Heading(text("agreements.doc.principles")));
        body.add(new Paragraph(nz(a.principles())));
        body.add(new Heading(text("agreements.doc.contentAreas")));
        body.add(new BulletList(a.contentAreas().stream().sorted().map(c -> text(c.messageKey())).toList()));
        body.add(new Heading(text("agreements.doc.forms")));
        body.add(new Paragraph(nz(a.forms())));
        body.add(new Heading(text("agreements.doc.responsibilities")));
        for (AgreementView.Party p : a.parties()) {
            body.add(new Paragraph(partyName(p) + ": " + nz(p.responsibilities())));
        }
        if (!a.focalPoints().isEmpty()) {
            body.add(new Heading(text("agreements.doc.focalPoints")));
            body.add(new Table(List.of(text("agreements.doc.party"), text("agreements.field.contentArea"),
                    text("agreements.field.person")),
                    a.focalPoints().stream().map(f -> List.of(f.agencyName(), text(f.area().messageKey()),
                            f.personName() + (f.position() == null ? "" : ", " + f.position()))).toList()));
        }
        body.add(new Heading(text("agreements.doc.review")));
        List<String> hosts = new ArrayList<>();
        int first = a.effectiveFrom().getYear();
        for (int y = first; y < first + Math.max(2, a.parties().size()); y++) {
            hosts.add(text("agreements.doc.reviewYear", String.valueOf(y),
                    partyName(a.parties().get(AgreementRules.reviewHostIndex(a.effectiveFrom(), y, a.parties().size())))));
        }
        body.add(new BulletList(hosts));
        body.add(new Heading(text("agreements.doc.validity")));
        body.add(new Paragraph(a.effectiveTo() == null
                ? text("agreements.doc.validOpen", a.effectiveFrom().format(DAY))
                : text("agreements.doc.validUntil", a.effectiveFrom().format(DAY), a.effectiveTo().format(DAY))));
        if (a.replaces() != null) {
            body.add(new Paragraph(text("agreements.doc.replaces", a.replaces().number(), a.replaces().title())));
        }
        body.add(new Paragraph(text("agreements.doc.signatories")));
        body.add(new Table(a.parties().stream().map(p -> text("agreements.doc.onBehalf", partyName(p).toUpperCase(VI))).toList(),
                List.of(a.parties().stream().map(p -> nz(p.signatoryTitle()).toUpperCase(VI) + "\n\n" + nz(p.signatoryName())).toList())));
        AgreementView.Party first0 = a.parties().get(0);
        return new OfficialDocument(null, issuer(a), a.number(), nz(a.signingPlace()),
                a.signingDate() != null ? a.signingDate() : LocalDate.now(clock), text("agreements.doc.typeAgreement"),
                a.title(), body, new SignatureBlock(text("agreements.doc.onBehalf", partyName(first0).toUpperCase(VI)),
                        nz(first0.signatoryTitle()).toUpperCase(VI), nz(first0.signatoryName())),
                recipients(a), a.classification(), OfficialDocument.Urgency.NORMAL);
    }

    OfficialDocument planDocument(PlanView p, AgreementView a) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(text("agreements.doc.planBasis", a.number(), a.title())));
        body.add(new Heading(text("agreements.doc.planTasks")));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (TaskView t : p.tasks()) {
            rows.add(List.of(String.valueOf(i++), t.title(), text(t.contentArea().messageKey()),
                    t.leadAgencyName() + (t.leadUnitName() == null ? "" : " – " + t.leadUnitName()), t.supportNames(),
                    t.startDate().format(DAY) + " – " + t.dueDate().format(DAY), nz(t.expectedResult()),
                    text(t.status().messageKey()) + ", " + t.percent() + "%"
                            + (t.approval() == TaskApprovalState.PENDING_APPROVAL ? " (" + text(t.approval().messageKey()) + ")" : "")));
        }
        body.add(new Table(List.of(text("agreements.doc.no"), text("agreements.field.taskTitle"),
                text("agreements.field.contentArea"), text("agreements.field.leadAgency"), text("agreements.field.supports"),
                text("agreements.doc.period"), text("agreements.field.expectedResult"), text("agreements.doc.progress")), rows));
        List<String> latest = new ArrayList<>();
        for (TaskView t : p.tasks()) {
            for (ProgressReport r : t.progress()) {
                latest.add(r.reportedOn().format(DAY) + " — " + t.title() + ": " + r.percent() + "% — " + r.note() + " ("
                        + r.reporterName() + ")");
            }
        }
        if (!latest.isEmpty()) {
            body.add(new Heading(text("agreements.doc.progressReports")));
            body.add(new BulletList(latest));
        }
        body.add(new Heading(text("agreements.doc.approvals")));
        body.add(new BulletList(p.approvals().stream().map(ap -> ap.agencyName() + ": " + (ap.approval() == null
                ? text("agreements.plan.awaiting")
                : ap.approval().approverName() + ", " + DAY.format(ap.approval().approvedAt().atZone(clock.getZone())))).toList()));
        body.add(new Heading(text("agreements.doc.implementation")));
        body.add(new Paragraph(text("agreements.doc.implementationText")));
        AgreementView.Party first = a.parties().get(0);
        String symbol = "…/KH-" + directory.agency(first.agencyId()).map(AgencyView::code).orElse("");
        return new OfficialDocument(null, issuer(a), symbol, nz(a.signingPlace()), LocalDate.now(clock),
                text("agreements.doc.typePlan"), p.title(), body,
                new SignatureBlock(text("agreements.doc.onBehalf", partyName(first).toUpperCase(VI)), null,
                        p.approvals().get(0).approval() == null ? "" : p.approvals().get(0).approval().approverName()),
                recipients(a), a.classification(), OfficialDocument.Urgency.NORMAL);
    }

    private byte[] render(OfficialDocument doc, boolean pdf) {
        DocumentRenderer r = renderer.getIfAvailable();
        if (r == null) {
            throw DomainException.conflict("agreements.error.exportUnavailable");
        }
        return pdf ? r.pdf(doc) : r.docx(doc);
    }

    private static String issuer(AgreementView a) {
        return a.parties().stream().map(p -> p.nameAtSigning().toUpperCase(VI)).collect(Collectors.joining(" – "));
    }

    private List<String> recipients(AgreementView a) {
        List<String> r = new ArrayList<>(a.parties().stream().map(this::partyName).toList());
        r.add(text("agreements.doc.archive"));
        return r;
    }

    /** The party as named at signing, with its successor in brackets where it merged. */
    private String partyName(AgreementView.Party p) {
        return p.successors().isEmpty() ? p.nameAtSigning()
                : p.nameAtSigning() + " (" + text("agreements.party.nowPartOf",
                        p.successors().stream().map(AgreementView.Successor::name).collect(Collectors.joining(", "))) + ")";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String safe(String s) {
        return vn.liaison.shared.TextFolding.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
