package vn.liaison.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.liaison.shared.DomainException;

/**
 * Many identifiers at once, from pasted lines, CSV or XLSX. Each line is {@code value[;qualifier]} of the chosen
 * type, or {@code TYPE;value[;qualifier[;port]]}. Invalid lines and duplicates are reported with their line
 * numbers so the sender fixes them before sending; nothing is sent until the batch is clean.
 */
public final class IdentifierBatch {

    /** At most this many identifiers in one request. */
    public static final int MAX_LINES = 5000;

    private IdentifierBatch() {
    }

    /** A line of the batch: its number (from 1) and its fields. */
    record Line(int number, List<String> fields) {
    }

    /** A valid identifier and the line it came from. */
    public record Entry(int line, Identifier identifier) {
    }

    /** A line that cannot be sent as it is: the line number, the text, and the message key with arguments. */
    public record Problem(int line, String text, String messageKey, List<Object> args) {
    }

    /** The outcome: valid entries and problems; {@link #clean()} when there is nothing to fix. */
    public record Result(List<Entry> entries, List<Problem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        public List<Identifier> identifiers() {
            return entries.stream().map(Entry::identifier).toList();
        }
    }

    public static Result fromText(String text, IdentifierType defaultType, Identifiers rules) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, List.of(raw[i].split("[;\\t]", -1))));
            }
        }
        return check(lines, defaultType, rules);
    }

    public static Result fromCsv(byte[] csv, IdentifierType defaultType, Identifiers rules) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(i + 1, csvFields(raw[i])));
            }
        }
        return check(dropHeader(lines), defaultType, rules);
    }

    public static Result fromXlsx(byte[] xlsx, IdentifierType defaultType, Identifiers rules) {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    fields.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, fields));
                }
                if (lines.size() > MAX_LINES + 1) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("identifiers", "requests.identifier.error.xlsx");
        }
        return check(dropHeader(lines), defaultType, rules);
    }

    private static List<Line> dropHeader(List<Line> lines) {
        if (!lines.isEmpty()) {
            String first = lines.get(0).fields().get(0).strip().toLowerCase(Locale.ROOT);
            if (first.equals("type") || first.equals("loại") || first.equals("value") || first.equals("giá trị")) {
                return lines.subList(1, lines.size());
            }
        }
        return lines;
    }

    static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static Result check(List<Line> lines, IdentifierType defaultType, Identifiers rules) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (lines.size() > MAX_LINES) {
            problems.add(new Problem(lines.get(MAX_LINES).number(), "", "requests.identifier.error.tooMany", List.of(MAX_LINES)));
            return new Result(entries, problems);
        }
        for (Line line : lines) {
            List<String> f = line.fields();
            String text = String.join(";", f);
            IdentifierType type = typeOf(f.get(0));
            int start = 0;
            if (type != null) {
                start = 1;
            } else {
                type = defaultType;
            }
            if (type == null) {
                problems.add(new Problem(line.number(), text, "requests.identifier.error.type", List.of()));
                continue;
            }
            String value = f.size() > start ? f.get(start) : "";
            String qualifier = f.size() > start + 1 ? String.join("|", f.subList(start + 1, f.size())) : null;
            try {
                Identifier id = rules.validate(new IdentifierInput(type, value, qualifier));
                Integer first = seen.putIfAbsent(id.key(), line.number());
                if (first != null) {
                    problems.add(new Problem(line.number(), text, "requests.identifier.error.duplicate", List.of(first)));
                } else {
                    entries.add(new Entry(line.number(), id));
                }
            } catch (DomainException e) {
                problems.add(new Problem(line.number(), text, e.messageKey(), List.of(e.args())));
            }
        }
        return new Result(entries, problems);
    }

    private static IdentifierType typeOf(String field) {
        try {
            return IdentifierType.valueOf(field.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
