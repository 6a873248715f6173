package readiness.report;

import org.junit.jupiter.api.Test;
import readiness.Assess;
import readiness.html.ReportView;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.gap;
import static readiness.Assess.role;

/** Words a candidate reads: "1 year", never "1 years"; "after steps 1 and 2", never "after step 1, 2". */
class ReportWordingTest {

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

    @Test
    void aCounselorsOneYearThresholdReadsOneYearInTheRequirement(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path rules = Assess.copyRules(temp.resolve("rules"));
        java.nio.file.Path file = rules.resolve("clinical-director.drl");
        String text = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(file, text.replaceFirst("double healthcareYears = 3;", "double healthcareYears = 1;"));
        readiness.engine.Assessor assessor = new readiness.engine.Assessor(readiness.engine.RuleSet.load(rules));

        Report report = ReportBuilder.build(assessor.assess(Assess.profile("{}"), null, java.util.List.of("clinical-director")));
        assertThat(gap(report.roles().get(0), "cd.experience.healthcare").need()).isEqualTo("At least 1 year of experience in the healthcare field");
        assertThat(gap(role("clinical-director", "{}"), "cd.experience.healthcare").need()).isEqualTo("At least 3 years of experience in the healthcare field");
    }

    @Test
    void aStepAfterSeveralOthersNamesThemInWords() {
        Report report = Assess.report("{'education':[{'degree':'MD','completed':'2024-05'}],"
                + "'training':[{'type':'residency','specialty':'internal medicine','status':'in-progress','expected':'2027-06'}]}");
        Report.RoleReport md = report.roles().stream().filter(r -> r.role().equals("medical-director")).findFirst().orElseThrow();
        Report.StepItem board = md.nextSteps().stream().filter(s -> s.closes().contains("md.license.board-certification"))
                .findFirst().orElseThrow();
        assertThat(board.after()).hasSize(2);

        assertThat(TextReport.render(report)).contains("closes md.license.board-certification, after steps "
                + board.after().get(0) + " and " + board.after().get(1) + "\n");
        assertThat(MarkdownReport.render(report)).contains("after steps " + board.after().get(0) + " and " + board.after().get(1))
                .doesNotContain("after step " + board.after().get(0) + ", ");
        assertThat(Formats.steps(java.util.List.of(1))).isEqualTo("step 1");
        assertThat(Formats.steps(java.util.List.of(1, 2, 4))).isEqualTo("steps 1, 2 and 4");
    }

    @Test
    void markdownShowsWhatAProfileSaysAsTextNeverAsMarkupOrHtml() throws Exception {
        Report report = ReportBuilder.build(Assess.assessor().assess(readiness.domain.ProfileReader.parse("""
                {"id": "m|1", "name": "Jo *Star* <img src=x> [site](http://example.com)", "asOf": "2026-11-01",
                 "experience": [{"title": "Nurse `Lead` | Manager", "kind": "management", "start": "2015-01"}]}""", "test"),
                null, java.util.List.of("clinical-director")));

        String md = MarkdownReport.render(report);

        assertThat(md).startsWith("# Readiness report: Jo \\*Star\\* \\<img src=x\\> [site\\](http://example.com) (m\\|1)")
                .contains("- `experience[0]` Nurse \\`Lead\\` \\| Manager [management]: ");
    }

    @Test
    void aPositionHeldIsNamedByItsRungsTitle() {
        Report report = Assess.report("{'experience':[{'title':'Nurse Manager','kind':'management','start':'2020-01'}]}");

        assertThat(report.positions().get(0).positions()).containsExactly("assistant-clinical-services-director");
        assertThat(TextReport.render(report)).contains("  experience[0] Nurse Manager [management]: Assistant Clinical Services Director"
                + " (classified from the title by the vocabulary rules)");
        assertThat(MarkdownReport.render(report)).contains("- `experience[0]` Nurse Manager [management]: Assistant Clinical Services"
                + " Director (classified from the title by the vocabulary rules)");
    }
}
