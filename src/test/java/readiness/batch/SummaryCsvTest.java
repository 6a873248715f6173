package readiness.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A summary.csv cell is never a formula when a spreadsheet opens the file. */
class SummaryCsvTest {
    @Test
    void aCellAFormulaCouldHideInGetsTheLeadingQuoteMark() {
        // a spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before one) as a formula
        assertThat(SummaryCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(SummaryCsv.cell("=HYPERLINK(\"http://x\")\nsecond line")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\nsecond line\"");
        assertThat(SummaryCsv.cell("\t=1+2")).isEqualTo("'\t=1+2");
        assertThat(SummaryCsv.cell("\r@SUM(A1)")).isEqualTo("\"'\r@SUM(A1)\"");
        assertThat(SummaryCsv.cell("c-1024")).isEqualTo("c-1024");
        assertThat(SummaryCsv.cell("")).isEmpty();
    }
}
