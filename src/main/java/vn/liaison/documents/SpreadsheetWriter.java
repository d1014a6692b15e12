package vn.liaison.documents;

/** Writes spreadsheets as XLSX. */
public interface SpreadsheetWriter {

    byte[] xlsx(Spreadsheet spreadsheet);
}
