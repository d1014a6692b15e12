package vn.liaison.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** XLSX with POI: bold frozen header row, date and number formats, widths from the content. */
@Component
class XlsxSpreadsheetWriter implements SpreadsheetWriter {

    static final int MAX_SHEET_NAME = 31;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    // Excel refuses cells longer than this.
    private static final int MAX_CELL_TEXT = 32_767;

    @Override
    public byte[] xlsx(Spreadsheet spreadsheet) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Set<String> used = new HashSet<>();
            List<Spreadsheet.Sheet> sheets = spreadsheet.sheets().isEmpty()
                    ? List.of(new Spreadsheet.Sheet("Sheet1", List.of(), List.of())) : spreadsheet.sheets();
            for (Spreadsheet.Sheet s : sheets) {
                sheet(wb.createSheet(uniqueName(safeSheetName(s.name()), used)), s, styles);
            }
            Date fixed = new Date(946_684_800_000L); // 2000-01-01: the same workbook gives the same file
            wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
            wb.getProperties().getCoreProperties().setCreator("Liaison");
            wb.write(out);
            return ZipTimestamps.fixed(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Spreadsheet.Sheet data, Styles styles) {
        int columns = data.headers().size();
        for (List<Object> r : data.rows()) {
            columns = Math.max(columns, r == null ? 0 : r.size());
        }
        int[] widths = new int[columns];
        Row head = sheet.createRow(0);
        for (int c = 0; c < data.headers().size(); c++) {
            Cell cell = head.createCell(c);
            String text = text(data.headers().get(c));
            cell.setCellValue(text);
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(widths[c], text.length() + 2);
        }
        if (!data.headers().isEmpty()) {
            sheet.createFreezePane(0, 1);
        }
        int rowIndex = 1;
        for (List<Object> values : data.rows()) {
            Row row = sheet.createRow(rowIndex++);
            if (values == null) {
                continue;
            }
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    widths[c] = Math.max(widths[c], value(row.createCell(c), values.get(c), styles));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)) * 256);
        }
    }

    /** Writes the value and says how many characters wide it shows. */
    private static int value(Cell cell, Object v, Styles styles) {
        if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(styles.integer);
            return v.toString().length() + 2;
        }
        if (v instanceof Number n) {
            cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
            cell.setCellStyle(styles.decimal);
            return n.toString().length() + 2;
        }
        if (v instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        String text = text(v.toString());
        cell.setCellValue(text);
        int longestLine = 0;
        for (String line : text.split("\n")) {
            longestLine = Math.max(longestLine, line.length());
        }
        if (text.indexOf('\n') >= 0) {
            cell.setCellStyle(styles.wrapped);
        }
        return longestLine;
    }

    private static String text(String s) {
        String clean = DocumentText.clean(s);
        return clean.length() > MAX_CELL_TEXT ? clean.substring(0, MAX_CELL_TEXT) : clean;
    }

    /** At most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, never empty. */
    static String safeSheetName(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : DocumentText.clean(name).toCharArray()) {
            out.append("[]:*?/\\\n".indexOf(c) >= 0 ? ' ' : c);
        }
        String safe = out.toString().strip();
        while (safe.startsWith("'")) {
            safe = safe.substring(1);
        }
        if (safe.length() > MAX_SHEET_NAME) {
            safe = safe.substring(0, MAX_SHEET_NAME);
        }
        while (safe.endsWith("'")) {
            safe = safe.substring(0, safe.length() - 1);
        }
        safe = safe.strip();
        return safe.isEmpty() ? "Sheet" : safe;
    }

    /** Sheet names are unique regardless of case: a clash gets " (2)", " (3)", ... within the 31 characters. */
    static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle wrapped;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var formats = wb.createDataFormat();
            date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
            integer = wb.createCellStyle();
            integer.setDataFormat(formats.getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(formats.getFormat("#,##0.00"));
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
        }
    }
}
