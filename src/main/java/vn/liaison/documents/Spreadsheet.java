package vn.liaison.documents;

import java.util.List;

/** A workbook of named sheets, each a header row and rows of cells (String, Number, LocalDate, LocalDateTime, Boolean or null). */
public record Spreadsheet(List<Sheet> sheets) {

    public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    }
}
