package readiness.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.gap;
import static readiness.Assess.role;

/** A candidate reads "1 year", never "1 years": in what they have, in what they lack and on the ladder. */
class YearsWordingTest {

    @Test
    void exactlyTwelveMonthsIsOneYear() {
        Report.RoleReport csd = role("clinical-services-director",
                "{'experience':[{'kind':'supervisory','start':'2025-01','end':'2025-12'}]}");

        assertThat(gap(csd, "csd.experience.leadership").have()).startsWith("1 of 2 years of leadership");
        assertThat(csd.ladder().get(0).conditions()).filteredOn(c -> c.requirement().equals("csd.ladder.assistant.leadership"))
                .singleElement().satisfies(c -> assertThat(c.detail()).startsWith("1 year (1 needed), 1 period: 2025-01 to 2025-12"));
    }

    @Test
    void aOneYearMinimumIsOneYearInWhatIsMissing() {
        Report.RoleReport md = role("medical-director", "{'education':[{'degree':'MD'}]}");

        assertThat(md.ladder().get(0).conditions()).filteredOn(c -> c.requirement().equals("md.ladder.assistant.leadership"))
                .singleElement().satisfies(c -> assertThat(c.detail()).startsWith("0 of 1 year of leadership"));
    }
}
