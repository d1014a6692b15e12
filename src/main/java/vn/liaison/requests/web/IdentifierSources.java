package vn.liaison.requests.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import vn.liaison.requests.Identifier;
import vn.liaison.requests.IdentifierBatch;
import vn.liaison.requests.IdentifierInput;
import vn.liaison.requests.Identifiers;
import vn.liaison.shared.DomainException;

/**
 * Gathers the identifiers of the form from its three sources (typed rows, pasted lines, an uploaded CSV/XLSX)
 * and reports every invalid or duplicate line with its source and number before anything is sent.
 */
public final class IdentifierSources {

    private IdentifierSources() {
    }

    /** A line to fix: source ("row", "paste", "file"), its number, the text, and the message. */
    public record Problem(String source, int line, String text, String messageKey, Object[] args) {
    }

    public record Preview(List<Identifier> identifiers, List<Problem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    static Preview gather(RequestForm form, MultipartFile file, Identifiers rules) {
        List<Identifier> ids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < form.getRowValue().size(); i++) {
            String value = form.getRowValue().get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            var type = i < form.getRowType().size() ? form.getRowType().get(i) : null;
            String q = i < form.getRowQualifier().size() ? form.getRowQualifier().get(i) : null;
            try {
                add(ids, problems, seen, rules.validate(new IdentifierInput(type, value, q)), "row", i + 1, value);
            } catch (DomainException e) {
                problems.add(new Problem("row", i + 1, value, e.messageKey(), e.args()));
            }
        }
        if (form.getPasted() != null && !form.getPasted().isBlank()) {
            collect(IdentifierBatch.fromText(form.getPasted(), form.getPastedType(), rules), "paste", ids, problems, seen);
        }
        if (file != null && !file.isEmpty()) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw DomainException.invalid("identifiers", "requests.error.upload");
            }
            IdentifierBatch.Result r = name.endsWith(".xlsx")
                    ? IdentifierBatch.fromXlsx(bytes, form.getPastedType(), rules)
                    : IdentifierBatch.fromCsv(bytes, form.getPastedType(), rules);
            collect(r, "file", ids, problems, seen);
        }
        return new Preview(ids, problems);
    }

    private static void collect(IdentifierBatch.Result r, String source, List<Identifier> ids, List<Problem> problems,
            Map<String, String> seen) {
        for (IdentifierBatch.Problem p : r.problems()) {
            problems.add(new Problem(source, p.line(), p.text(), p.messageKey(), p.args().toArray()));
        }
        for (IdentifierBatch.Entry e : r.entries()) {
            add(ids, problems, seen, e.identifier(), source, e.line(), e.identifier().raw());
        }
    }

    private static void add(List<Identifier> ids, List<Problem> problems, Map<String, String> seen, Identifier id,
            String source, int line, String text) {
        String first = seen.putIfAbsent(id.key(), source + " " + line);
        if (first != null) {
            problems.add(new Problem(source, line, text, "requests.identifier.error.duplicate", new Object[] {first}));
        } else {
            ids.add(id);
        }
    }
}
