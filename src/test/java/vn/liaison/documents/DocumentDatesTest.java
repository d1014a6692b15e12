package vn.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryGetALeadingZero() {
        assertThat(DocumentDates.vietnamese("An Giang", LocalDate.of(2026, 2, 5))).isEqualTo("An Giang, ngày 05 tháng 02 năm 2026");
        assertThat(DocumentDates.vietnamese("Hà Nội", LocalDate.of(2021, 11, 24))).isEqualTo("Hà Nội, ngày 24 tháng 11 năm 2021");
        assertThat(DocumentDates.vietnamese("Hà Tĩnh", LocalDate.of(2026, 1, 10))).isEqualTo("Hà Tĩnh, ngày 10 tháng 01 năm 2026");
        assertThat(DocumentDates.vietnamese("Lào Cai", LocalDate.of(2026, 3, 9))).isEqualTo("Lào Cai, ngày 09 tháng 3 năm 2026");
        assertThat(DocumentDates.vietnamese("Lào Cai", LocalDate.of(2026, 12, 31))).isEqualTo("Lào Cai, ngày 31 tháng 12 năm 2026");
    }

    @Test
    void withoutAPlaceOnlyTheDate() {
        assertThat(DocumentDates.vietnamese(null, LocalDate.of(2026, 10, 1))).isEqualTo("ngày 01 tháng 10 năm 2026");
        assertThat(DocumentDates.vietnamese("  ", LocalDate.of(2026, 10, 1))).isEqualTo("ngày 01 tháng 10 năm 2026");
    }
}
