package vn.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Filters refuse what they cannot understand, field by field; CSV cells are quoted and defused. */
class LedgerFilterTest {

    @Test
    void parsesDatesAndKeepsOnlyWhatWasSet() {
        LedgerFilter f = LedgerFilter.parse("2026-01-01", "2026-01-31", " Nguyễn ", "", "agency.", null, " ");
        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(f.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(f.actor()).isEqualTo("Nguyễn");
        assertThat(f.agencyId()).isNull();
        assertThat(f.targetId()).isNull();
        assertThat(f.describe()).containsOnlyKeys("from", "to", "actor", "actionPrefix");
    }

    @Test
    void refusesAnUnknownDateFormat() {
        assertThatThrownBy(() -> LedgerFilter.parse("31/01/2026", null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidLedgerFilter.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("audit.filter.badDate");
                });
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        assertThatThrownBy(() -> LedgerFilter.parse("2026-02-01", "2026-01-31", null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidLedgerFilter.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(LedgerFilter.parse("2026-02-01", "2026-02-01", null, null, null, null, null).from()).isNotNull();
    }

    @Test
    void refusesABadAgencyId() {
        assertThatThrownBy(() -> LedgerFilter.parse(null, null, null, "CA-AGG", null, null, null))
                .isInstanceOfSatisfying(InvalidLedgerFilter.class, e -> assertThat(e.field()).isEqualTo("agency"));
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() throws Exception {
        assertThat(LedgerReader.cell(null)).isEmpty();
        assertThat(LedgerReader.cell("Công an")).isEqualTo("Công an");
        assertThat(LedgerReader.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(LedgerReader.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LedgerReader.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LedgerReader.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LedgerReader.cell("-1")).isEqualTo("'-1");
        StringWriter w = new StringWriter();
        LedgerReader.line(w, Arrays.asList("1", null, "x"));
        assertThat(w).hasToString("1,,x\r\n");
    }
}
