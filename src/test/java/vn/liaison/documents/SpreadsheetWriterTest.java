package vn.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    private final SpreadsheetWriter writer = new XlsxSpreadsheetWriter();

    @Test
    void valuesDatesAndHeaderReadBack() throws IOException {
        Spreadsheet s = new Spreadsheet(List.of(new Spreadsheet.Sheet("Tiến độ: quý 1/2026 [kế hoạch]",
                List.of("Nhiệm vụ", "Hạn", "Cập nhật", "Tiến độ (%)", "Kinh phí", "Xong"),
                List.of(Arrays.asList("Trao đổi thông tin định kỳ", LocalDate.of(2026, 2, 5),
                        LocalDateTime.of(2026, 3, 1, 8, 30), 75, new BigDecimal("1250000.50"), true),
                        Arrays.asList("Kiểm tra an toàn thông tin", null, null, 0L, 0.0, false)))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(writer.xlsx(s)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tiến độ  quý 1 2026  kế hoạch");
            XSSFRow head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Nhiệm vụ");
            assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Trao đổi thông tin định kỳ");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 5));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 30));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(75.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1250000.5);
            assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(5));
            assertThat(sheet.getColumnWidth(0)).isLessThanOrEqualTo(60 * 256);
        }
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() throws IOException {
        String longName = "Báo cáo tình hình giải quyết văn bản đến năm 2026";
        Spreadsheet s = new Spreadsheet(List.of(new Spreadsheet.Sheet(longName, List.of("A"), List.of()),
                new Spreadsheet.Sheet(longName, List.of("A"), List.of()),
                new Spreadsheet.Sheet("a/b\\c?d*e:f", List.of("A"), List.of()),
                new Spreadsheet.Sheet("", List.of(), List.of())));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(writer.xlsx(s)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetName(0)).hasSize(31).isEqualTo(longName.substring(0, 31).strip());
            assertThat(wb.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
            assertThat(wb.getSheetName(2)).isEqualTo("a b c d e f");
            assertThat(wb.getSheetName(3)).isEqualTo("Sheet");
        }
        assertThat(XlsxSpreadsheetWriter.uniqueName("Sheet", new HashSet<>(List.of("sheet")))).isEqualTo("Sheet (2)");
    }
}
