package readiness.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.report.JsonReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import readiness.Assess;

import static readiness.Assess.RULES;
import static readiness.Assess.profile;

/** Loading rule files: all or nothing, errors at file:line:col, new roles without Java, stable versions. */
class RuleSetTest {

    @Test
    void aRoleFileCopiedWithANewIdAndTitleIsANewRole(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        String csd = Files.readString(dir.resolve("clinical-services-director.drl"));
        Files.writeString(dir.resolve("nurse-executive.drl"), csd
                .replace("clinical-services-director", "nurse-executive")
                .replace("Clinical Services Director", "Nurse Executive"));

        Assessor assessor = new Assessor(RuleSet.load(dir));

        assertThat(assessor.roleIds()).contains("nurse-executive", "clinical-services-director").hasSize(6);
        Report report = ReportBuilder.build(assessor.assess(profile("{'education':[{'degree':'MSN'}]}"), null, List.of()));
        Report.RoleReport copy = report.roles().stream().filter(r -> r.role().equals("nurse-executive")).findFirst().orElseThrow();
        assertThat(copy.title()).isEqualTo("Nurse Executive");
        assertThat(copy.met()).extracting(Report.MetItem::requirement).containsExactly("ne.education.masters");
        assertThat(copy.gaps()).extracting(Report.GapItem::requirement).contains("ne.license.clinical");
    }

    /** A role a counselor writes from a document of their own, with its own ladder, as rules/README.md describes. */
    private static final String NURSE_EDUCATOR = """
            package readiness.rules;
            import readiness.facts.*;
            rule "nurse-educator: the role, its ladder and its requirements"
            when
            then
                Role role = Role.define("nurse-educator", "Nurse Educator", "SEED");
                role.rung(1, "clinical-nurse-educator", "Clinical Nurse Educator").medianSalary(75000).from("Career path 1");
                role.rung(2, "nurse-educator", "Nurse Educator").theRole().medianSalary(90000).from("Career path 2");
                role.requirement("license.rn").licensing().required()
                    .need("Active RN license").from("Qualifications").metBy("rn-license").forRungs(1, 2).closedBy("rn-license");
                role.requirement("education.masters").education().required()
                    .need("MSN or another health-related master's").from("Qualifications")
                    .metBy("health-related-masters").closedBy("masters-degree");
                for (Object fact : role.facts()) {
                    insert(fact);
                }
            end
            """;

    @Test
    void aNewRoleCitesTheDocumentItWasWrittenFromNotOnlyASeedFile(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("nurse-educator.drl"), NURSE_EDUCATOR.replace("SEED", "nurse-educator-posting.txt"));

        Assessor assessor = new Assessor(RuleSet.load(dir));

        Report.RoleReport role = ReportBuilder.build(assessor.assess(profile("{'licenses':[{'type':'RN','expires':'2028-01-31'}]}"),
                null, List.of("nurse-educator"))).roles().get(0);
        assertThat(role.level()).isEqualTo("clinical-nurse-educator");
        assertThat(role.gaps()).extracting(Report.GapItem::requirement, Report.GapItem::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ne.education.masters", "nurse-educator-posting.txt: Qualifications"));
    }

    @Test
    void aRoleNamingNoSourceDocumentIsReportedOnceAtItsDefinition(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("nurse-educator.drl"), NURSE_EDUCATOR.replace("\"SEED\"", "\"\""));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        assertThat(e.problems()).containsExactly(dir + "/nurse-educator.drl:6:17: role nurse-educator names no source document: give the"
                + " file it encodes, without a colon, as Role.define's third argument"
                + " (Role.define(\"nurse-educator\", \"Title\", \"job-posting.txt\"))");
    }

    @Test
    void aBrokenFileIsReportedAtFileLineAndColumnAndNothingLoads(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Path broken = dir.resolve("clinical-director.drl");
        Files.writeString(broken, Files.readString(broken).replace("    $r: Requirement(role == ", "    $r: Requirement(role == =="));
        Files.writeString(dir.resolve("zz-typo.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "a rule with a typo"
                when
                    Measure(nmae == "years.clinical")
                then
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(dir + "/zz-typo.drl:5:").contains("nmae"));
    }

    @Test
    void aMistypedFactTypeIsReportedAtItsNameNotTheStartOfTheLine(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("zz-type.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "a rule with a mistyped fact"
                when
                    $r: Requirement(kind == "years")
                    not Credentail(valid)
                then
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir, RuleSetCache.OFF));

        assertThat(e.problems()).containsExactly(dir + "/zz-type.drl:6:9: Unable to resolve ObjectType 'Credentail'");
    }

    @Test
    void aMistakeInARoleDeclarationIsReportedAtItsOwnLineNotTheRulesFirst(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Path cd = dir.resolve("clinical-director.drl");
        String text = Files.readString(cd);
        Files.writeString(cd, text.replace("double healthcareYears = 3;", "double healthcareYears = \"3\";")
                .replace("role.requirement(\"education.doctorate\").education().preferred()",
                        "role.requirement(\"education.doctorate\").education().prefered()"));
        List<String> lines = Files.readAllLines(cd);
        int threshold = lines.indexOf("    double healthcareYears = \"3\";") + 1;
        int typo = lines.indexOf("    role.requirement(\"education.doctorate\").education().prefered()") + 1;

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        String rule = "rule \"clinical-director: the role, its ladder and its requirements\" does not compile: ";
        assertThat(threshold).isGreaterThan(7);
        assertThat(e.problems()).containsExactly(
                dir + "/clinical-director.drl:" + threshold + ":5: " + rule + "Type mismatch: cannot convert from String to double",
                dir + "/clinical-director.drl:" + typo + ":5: " + rule + "The method prefered() is undefined for the type Requirement");
    }

    @Test
    void aNumberComparedWithWordsIsReportedAtItsPlaceBeforeItBreaksEveryAssessment(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("zz-words.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "long jobs"
                when
                    $j: Job(months > "ten", "two" <= months)
                    Measure(name == "years.clinical", months >= "24")
                then
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        assertThat(e.problems()).containsExactly(
                dir + "/zz-words.drl:5:22: rule \"long jobs\" compares a number with \"ten\", which is not a number (MVEL would fail"
                        + " on every fact it tests); compare with a number: > 3",
                dir + "/zz-words.drl:5:29: rule \"long jobs\" compares \"two\", which is not a number, with a number (MVEL would fail"
                        + " on every fact it tests); compare with a number: 3 <=");
    }

    @Test
    void textComparedWithANumberIsReportedAtItsPlaceInsteadOfNeverMatching(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.writeString(dir.resolve("zz-number.drl"), """
                package readiness.rules;
                import readiness.facts.*;
                rule "title five"
                when
                    $j: Job(title == 5, 7 != kind)
                then
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir, RuleSetCache.OFF));

        assertThat(e.problems()).containsExactly(
                dir + "/zz-number.drl:5:22: rule \"title five\" compares text with the number 5 (it would never match); quote it: == \"5\"",
                dir + "/zz-number.drl:5:25: rule \"title five\" compares the number 7 with text (it would never match); quote it: \"7\" !=");
    }

    @Test
    void aMissingEndIsReportedWithAHint(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), """
                package readiness.rules;
                rule "never closed"
                when
                then
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0)).startsWith(dir + "/broken.drl:").contains("hint: every rule needs a closing 'end' line");
    }

    @Test
    void duplicateRuleNamesAcrossFilesAreAnError(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Files.copy(dir.resolve("clinical-director.drl"), dir.resolve("clinical-director-copy.drl"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));

        assertThat(e.problems()).as("one problem, in our words: no Drools class clash or second wording of it").containsExactly(
                dir + "/clinical-director.drl:7:1: duplicate rule name \"clinical-director: the role, its ladder and its requirements\" (first at "
                        + dir + "/clinical-director-copy.drl:7:1): Drools would silently keep only one; rename one of them");
    }

    @Test
    void theSameProfileRulesAndDateGiveByteIdenticalReports() throws Exception {
        Assessor first = new Assessor(RuleSet.load(RULES));
        Assessor second = new Assessor(RuleSet.load(RULES));
        String body = "{'education':[{'degree':'BSN'},{'degree':'MHA','status':'in-progress','expected':'2027-05'}],"
                + "'licenses':[{'type':'RN','expires':'2027-03-31'}],'certifications':[{'code':'CPHQ'},{'code':'LSSGB'}],"
                + "'experience':[{'kind':'clinical','start':'2012-07','end':'2017-05'},{'kind':'management','start':'2017-06'}],"
                + "'skills':['epic','budgeting','lean']}";

        String a = JsonReport.pretty(ReportBuilder.build(first.assess(profile(body), null, List.of())));
        String b = JsonReport.pretty(ReportBuilder.build(second.assess(profile(body), null, List.of())));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void theVersionIsAHashOfTheRuleFilesAndChangesWithThem(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        String before = RuleSet.load(dir).version();
        assertThat(before).isEqualTo(RuleSet.load(RULES).version()).hasSize(12);

        Path cd = dir.resolve("clinical-director.drl");
        Files.writeString(cd, Files.readString(cd).replace("double healthcareYears = 3;", "double healthcareYears = 4;"));

        assertThat(RuleSet.load(dir).version()).isNotEqualTo(before);
    }

    @Test
    void aThresholdChangedInARoleFileChangesTheOutcome(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Path cd = dir.resolve("clinical-director.drl");
        Files.writeString(cd, Files.readString(cd).replace("double healthcareYears = 3;", "double healthcareYears = 4;"));
        String body = "{'education':[{'degree':'MSW'}],'experience':[{'kind':'clinical','start':'2023-01'}]}";

        Report.RoleReport stock = ReportBuilder.build(new Assessor(RuleSet.load(RULES)).assess(profile(body), null, List.of("clinical-director"))).roles().get(0);
        Report.RoleReport tuned = ReportBuilder.build(new Assessor(RuleSet.load(dir)).assess(profile(body), null, List.of("clinical-director"))).roles().get(0);

        assertThat(stock.verdict()).isEqualTo("READY");
        assertThat(tuned.verdict()).isEqualTo("NEARLY_READY");
        assertThat(tuned.gaps().get(0).have()).startsWith("3.8 of 4 years");
    }

    @Test
    void aYearsAsRequirementACounselorAddsCountsTimeAtThatRungOrAbove(@TempDir Path dir) throws Exception {
        Assess.copyRules(dir);
        Path cd = dir.resolve("clinical-director.drl");
        Files.writeString(cd, Files.readString(cd).replace("    for (Object fact : role.facts()) {", """
                    role.requirement("experience.as-director").experience().preferred()
                        .need("At least 2 years as Clinical Director")
                        .from("Job Requirements")
                        .yearsAs("clinical-director", 2)
                        .closedBy("gain-experience");

                    for (Object fact : role.facts()) {"""));
        Assessor assessor = new Assessor(RuleSet.load(dir));
        String director = "{'experience':[{'title':'Director','position':'clinical-director','kind':'management','start':'2023-01'}]}";
        String nurse = "{'experience':[{'title':'Staff Nurse','kind':'clinical','start':'2023-01'}]}";

        Report.RoleReport asDirector = ReportBuilder.build(assessor.assess(profile(director), null, List.of("clinical-director"))).roles().get(0);
        Report.RoleReport asNurse = ReportBuilder.build(assessor.assess(profile(nurse), null, List.of("clinical-director"))).roles().get(0);

        assertThat(asDirector.met()).extracting(Report.MetItem::requirement).contains("cd.experience.as-director");
        assertThat(Assess.met(asDirector, "cd.experience.as-director").detail()).startsWith("3.8 years (2 needed), Director (experience[0], 2023-01 to 2026-10)");
        assertThat(Assess.gap(asNurse, "cd.experience.as-director").have()).startsWith("0 of 2 years of experience as Clinical Director or higher");
    }

    @Test
    void theBuiltInRulesAreTheRulesFolder() throws Exception {
        assertThat(RuleSet.load(null).version()).isEqualTo(RuleSet.load(RULES).version());
    }
}
