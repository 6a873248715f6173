package readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import readiness.Assess;
import readiness.domain.ProfileReader;
import readiness.generate.ProfileGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lean line drops nothing: expanded with roles --format json of the same rule set, it gives
 * exactly the full JSON line, for the shipped profiles, the counselor cases, a generated cohort, and
 * reports with waivers, substitutions, unrecognized codes and a stated position that is no rung.
 */
class LeanReportTest {
    private static final LeanReport LEAN = new LeanReport(Assess.assessor().catalog());
    private static final LeanExpander EXPANDER = new LeanExpander(RoleDocs.json(Assess.assessor()));

    @Test
    void theShippedProfilesAndCasesExpandToTheirFullLines() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            reports.add(ReportBuilder.build(Assess.assessor().assess(ProfileReader.read(file), null, List.of())));
        }
        try (Stream<Path> cases = Files.list(Path.of("profiles", "cases"))) {
            for (Path file : cases.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode profile = new ObjectMapper().readTree(file.toFile()).get("profile");
                if (profile == null) {
                    continue; // the case names one of the shipped profiles, already in the list
                }
                reports.add(ReportBuilder.build(Assess.assessor().assess(ProfileReader.parse(profile.toString(), file.toString()),
                        null, List.of())));
            }
        }
        assertThat(reports).hasSizeGreaterThan(20);
        reports.forEach(LeanReportTest::assertExpandsToFull);
    }

    @Test
    void aGeneratedCohortExpandsToItsFullLines() throws Exception {
        ProfileGenerator generator = new ProfileGenerator(5);
        for (int i = 0; i < 1000; i++) {
            assertExpandsToFull(ReportBuilder.build(Assess.assessor().assess(
                    ProfileReader.parse(generator.nextLine(), "generated"), null, List.of())));
        }
    }

    @Test
    void waiversSubstitutionsUnknownCodesAndStatedPositionsSurvive() throws Exception {
        String therapist = """
                {'education':[{'degree':'MSW','completed':'2012-05'}],'licenses':[{'type':'LCSW','expires':'2029-01-31'}],
                 'certifications':[{'code':'PMP','earned':'2016-01'}],
                 'experience':[{'kind':'clinical','start':'2012-07','end':'2018-12','title':'Therapist','position':'medical-director'},
                               {'kind':'management','start':'2019-01','title':'Clinical Supervisor'}]""";
        Report waived = clinicalServices(therapist + """
                ,'waivers':[{'requirement':'csd.education.masters','reason':'MSW plus 7 years','by':'Dr. A. Lee','date':'2026-10-15'}]}""");
        Report substituted = clinicalServices(therapist + """
                ,'substitutions':[{'requirement':'csd.education.masters','credential':'msw','reason':'behavioral health',
                                   'by':'J. Ortiz','date':'2026-09-01'}]}""");

        assertThat(waived.unrecognized()).isNotEmpty();
        assertThat(waived.positions().get(0).note()).isEqualTo(ReportBuilder.STATED_NOT_A_RUNG);
        assertThat(LEAN.line(waived)).contains("\"exception\":{\"kind\":\"waiver\"").contains("\"stated\":true")
                .contains("\"code\":\"PMP\"");
        assertExpandsToFull(waived);
        assertExpandsToFull(substituted);
    }

    @Test
    void theLeanLineKeepsOnlyWhatVariesAndIsByteStable() throws Exception {
        Report report = ReportBuilder.build(Assess.assessor().assess(
                ProfileReader.read(Path.of("profiles", "nurse-manager-near-csd.json")), null, List.of()));
        String lean = LEAN.line(report);

        assertThat(lean).isEqualTo(LEAN.line(report))
                .startsWith("{\"detail\":\"lean\",\"candidateId\":\"" + report.candidateId() + "\"")
                .doesNotContain("\"category\"", "\"severity\"", "\"need\"", "Earn a doctorate")
                .contains("\"actionId\":\"doctorate\"", "Complete the MHA in progress");
        assertThat(lean.length()).isLessThan(JsonReport.line(report).length() / 2);
    }

    @Test
    void aLineFromAnotherRuleSetIsRefusedWithBothVersions() {
        Report report = Assess.report("{'education':[{'degree':'BSN','completed':'2010-05'}]}");
        String other = LEAN.line(report).replace(report.ruleSet().version(), "000000000000");

        assertThatThrownBy(() -> EXPANDER.expand(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lean line is from rule set 000000000000, the roles document is for " + report.ruleSet().version()
                        + ": run roles --format json with the rules that made the line");
        assertThatThrownBy(() -> EXPANDER.expand(JsonReport.line(report))).hasMessage("not a lean report line: \"detail\" is not \"lean\"");
    }

    @Test
    void anEmptyCellIsRefusedInPlainWords() {
        assertThatThrownBy(() -> EXPANDER.expand(null)).hasMessage("the lean line is empty: expected a JSON object");
        assertThatThrownBy(() -> EXPANDER.expand(" ")).hasMessage("the lean line is empty: expected a JSON object");
    }

    @Test
    void theSchemaExampleIsTheLineOfAShippedProfileAndNamesEveryField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(Path.of("docs", "lean-report.schema.json").toFile());
        Report report = ReportBuilder.build(Assess.assessor().assess(ProfileReader.read(Path.of("profiles", "msw-clinical-supervisor.json")),
                null, List.of("clinical-services-director")));
        JsonNode line = json.readTree(LEAN.line(report));

        assertThat(schema.at("/examples/0")).isEqualTo(line);
        assertThat(names(schema.get("properties"))).containsSubsequence(names(line));
        assertThat(names(schema.at("/$defs/role/properties"))).containsExactlyElementsOf(names(line.at("/roles/0")));
        for (JsonNode step : line.at("/roles/0/nextSteps")) {
            assertThat(names(schema.at("/$defs/step/properties"))).containsSubsequence(names(step));
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Only one role assessed, so a position stated at another role's rung is no rung of an assessed ladder. */
    private static Report clinicalServices(String body) throws Exception {
        return ReportBuilder.build(Assess.assessor().assess(Assess.profile(body), null, List.of("clinical-services-director")));
    }

    private static void assertExpandsToFull(Report report) {
        assertThat(JsonReport.line(EXPANDER.expand(LEAN.line(report)))).as(report.candidateId()).isEqualTo(JsonReport.line(report));
    }
}
