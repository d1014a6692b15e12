package vn.liaison.requests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.LiaisonApplication;
import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.CustodyAction;
import vn.liaison.attachments.CustodyLog;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.documents.DocumentRenderer;
import vn.liaison.documents.OfficialDocument;
import vn.liaison.documents.Spreadsheet;
import vn.liaison.documents.SpreadsheetWriter;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * Files out of the module: a request as an official letter (công văn, Decree 30 layout; the internal note never
 * goes into it), a filtered list as XLSX, and a stored file of a request (evidence reads go into its chain of
 * custody with the reason). Each is recorded in the ledger.
 */
@Service
public class RequestExports {

    /** At most this many rows in a list export. */
    static final int MAX_ROWS = 10_000;

    private final RequestQueries queries;
    private final DocumentRenderer renderer;
    private final SpreadsheetWriter spreadsheets;
    private final ObjectProvider<AttachmentStore> files;
    private final ObjectProvider<CustodyLog> custody;
    private final AuditLedger ledger;
    private final MessageSource messages;

    RequestExports(RequestQueries queries, DocumentRenderer renderer, SpreadsheetWriter spreadsheets,
            ObjectProvider<AttachmentStore> files, ObjectProvider<CustodyLog> custody, AuditLedger ledger,
            MessageSource messages) {
        this.queries = queries;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
        this.files = files;
        this.custody = custody;
        this.ledger = ledger;
        this.messages = messages;
    }

    public record Letter(byte[] bytes, String fileName) {
    }

    public record FileContent(byte[] bytes, String fileName, String contentType) {
    }

    @Transactional
    public Letter letter(UUID id, boolean pdf) {
        RequestView r = queries.view(id);
        Locale vi = Locale.forLanguageTag("vi");
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Paragraph("Kính gửi: " + r.receiverName() + "."));
        StringBuilder basis = new StringBuilder();
        if (r.basis().reference() != null) {
            basis.append("Căn cứ ").append(r.basis().legalType() == null ? "" : r.basis().legalType() + " ")
                    .append("số ").append(r.basis().reference());
            if (r.basis().date() != null) {
                basis.append(" ngày ").append(r.basis().date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
            if (r.basis().authority() != null) {
                basis.append(" của ").append(r.basis().authority());
            }
            basis.append(';');
            body.add(new OfficialDocument.Paragraph(basis.toString()));
        }
        body.add(new OfficialDocument.Paragraph(r.senderName() + " đề nghị " + r.receiverName() + " phối hợp "
                + text(r.kind().messageKey(), vi).toLowerCase(vi) + " với nội dung sau:"));
        if (r.details() != null) {
            r.details().lines().filter(l -> !l.isBlank()).forEach(l -> body.add(new OfficialDocument.Paragraph(l)));
        }
        if (!r.tasks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (RequestView.Task t : r.tasks()) {
                rows.add(List.of(String.valueOf(t.position()),
                        t.identifierType() == null ? "" : text(t.identifierType().messageKey(), vi), t.display()));
            }
            body.add(new OfficialDocument.Table(List.of("STT", "Loại", "Nội dung"), rows));
        }
        if (r.windowFrom() != null || r.windowTo() != null) {
            body.add(new OfficialDocument.Paragraph("Khoảng thời gian cần tra cứu: từ " + date(r.windowFrom()) + " đến "
                    + date(r.windowTo()) + "."));
        }
        if (r.effectiveDueAt() != null) {
            LocalDateTime due = LocalDateTime.ofInstant(r.effectiveDueAt(), LiaisonApplication.ZONE);
            body.add(new OfficialDocument.Paragraph("Đề nghị trả lời trước " + due.format(
                    java.time.format.DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy")) + "."));
        }
        body.add(new OfficialDocument.Paragraph("Trân trọng./."));
        LocalDate day = LocalDate.ofInstant(r.sentAt() != null ? r.sentAt() : r.createdAt(), LiaisonApplication.ZONE);
        String signer = r.approvedByName() != null ? r.approvedByName() : r.createdByName();
        OfficialDocument doc = new OfficialDocument(null, r.senderName(), r.reference(), null, day, null,
                "V/v " + text(r.kind().messageKey(), vi).toLowerCase(vi) + ": " + r.subject(), body,
                new OfficialDocument.SignatureBlock(null, r.approvedByName() != null ? "LÃNH ĐẠO" : "NGƯỜI LẬP", signer),
                List.of("Như trên;", "Lưu: VT."), r.classification(), r.urgency().documentMark());
        byte[] bytes = pdf ? renderer.pdf(doc) : renderer.docx(doc);
        ledger.record(AuditRecord.change("request.export", "request", id, null, Map.of("format", pdf ? "PDF" : "DOCX")));
        return new Letter(bytes, r.reference());
    }

    @Transactional
    public byte[] listXlsx(InboxTab tab, InboxFilter filter, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        while (rows.size() < MAX_ROWS) {
            PageResult<RequestSummary> p = queries.inbox(tab, filter, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (RequestSummary s : p.items()) {
                rows.add(java.util.Arrays.asList(s.reference(), text(s.kind().messageKey(), locale), s.subject(),
                        s.senderName(), s.receiverName(), text(s.status().messageKey(), locale),
                        text(s.urgency().messageKey(), locale),
                        s.createdAt() == null ? null : LocalDateTime.ofInstant(s.createdAt(), LiaisonApplication.ZONE),
                        s.dueAt() == null ? null : LocalDateTime.ofInstant(s.dueAt(), LiaisonApplication.ZONE),
                        s.timeLeft() != null && s.timeLeft().overdue(),
                        s.outcome() == null ? null : text(s.outcome().messageKey(), locale)));
            }
            if (!p.hasNext()) {
                break;
            }
        }
        List<String> headers = List.of("requests.col.reference", "requests.col.kind", "requests.col.subject",
                "requests.col.sender", "requests.col.receiver", "requests.col.status", "requests.col.urgency",
                "requests.col.created", "requests.col.due", "requests.col.overdue", "requests.col.outcome")
                .stream().map(k -> text(k, locale)).toList();
        byte[] xlsx = spreadsheets.xlsx(new Spreadsheet(List.of(new Spreadsheet.Sheet(text("requests.title", locale), headers, rows))));
        ledger.record(AuditRecord.change("request.exportList", "requests", null, null,
                Map.of("tab", tab, "rows", rows.size())));
        return xlsx;
    }

    /** A file of the request, to someone who may see the request; reading evidence needs a reason (custody). */
    @Transactional
    public FileContent file(UUID requestId, UUID attachmentId, String reason) {
        RequestView r = queries.view(requestId);
        RequestView.File f = r.files().stream().filter(x -> x.attachment().id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("attachment"));
        AttachmentStore store = files.getIfAvailable();
        if (store == null) {
            throw DomainException.conflict("requests.error.attachmentsUnavailable");
        }
        if ("EVIDENCE".equals(f.purpose())) {
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalid("reason", "requests.error.custodyReason");
            }
            CustodyLog log = custody.getIfAvailable();
            if (log != null) {
                log.record(attachmentId, requestId, CustodyAction.EXPORTED, reason.strip(), null);
            }
        }
        byte[] bytes = store.read(attachmentId);
        AttachmentView v = f.attachment();
        ledger.record(AuditRecord.change("request.file", "request", requestId, null,
                Map.of("attachment", attachmentId, "sha256", v.sha256())));
        return new FileContent(bytes, v.fileName(), v.contentType());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String date(LocalDate d) {
        return d == null ? "…" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
