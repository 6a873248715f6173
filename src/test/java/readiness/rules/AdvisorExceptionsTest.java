package readiness.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.cli.AssessCommandTest;
import readiness.report.Report;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.gapIds;
import static readiness.Assess.met;
import static readiness.Assess.role;

/** Waivers and substitutions: an advisor's exception is met, and says who, when and why; never silently. */
class AdvisorExceptionsTest {
    private static final String MSW_THERAPIST = """
            {'education':[{'degree':'MSW','completed':'2012-05'}],'licenses':[{'type':'LCSW','expires':'2029-01-31'}],
             'experience':[{'kind':'clinical','start':'2012-07','end':'2018-12'},{'kind':'management','start':'2019-01'}]""";

    @Test
    void aWaivedRequirementIsMetByWaiverWithWhoWhenAndWhy() {
        Report.RoleReport role = role("clinical-services-director", MSW_THERAPIST + """
                ,'waivers':[{'requirement':'csd.education.masters','reason':'MSW plus 7 years running a behavioral health unit',
                             'by':'Dr. A. Lee, career counselor','date':'2026-10-15'}]}""");

        Report.MetItem met = met(role, "csd.education.masters");
        assertThat(met.detail()).isEqualTo("Met by waiver: waived by Dr. A. Lee, career counselor on 2026-10-15: "
                + "MSW plus 7 years running a behavioral health unit");
        assertThat(met.exception()).isEqualTo(new Report.AdvisorNote("waiver", "Dr. A. Lee, career counselor", "2026-10-15",
                "MSW plus 7 years running a behavioral health unit", "waivers[0]"));
        assertThat(gapIds(role)).doesNotContain("csd.education.masters");
        assertThat(role.verdict()).isEqualTo("READY");
    }

    @Test
    void withoutTheWaiverTheSameCandidateIsNotReady() {
        Report.RoleReport role = role("clinical-services-director", MSW_THERAPIST + "}");
        assertThat(gapIds(role)).contains("csd.education.masters");
        assertThat(role.verdict()).isEqualTo("NOT_READY");
    }

    @Test
    void aSubstitutedCredentialMeetsTheRequirement() {
        Report.RoleReport role = role("clinical-services-director", MSW_THERAPIST + """
                ,'substitutions':[{'requirement':'csd.education.masters','credential':'msw','reason':'accepted for behavioral health service lines',
                                   'by':'J. Ortiz, program director','date':'2026-09-01'}]}""");

        assertThat(met(role, "csd.education.masters").detail()).isEqualTo("Met by substitution: MSW, completed 2012-05, "
                + "accepted by J. Ortiz, program director on 2026-09-01: accepted for behavioral health service lines");
        assertThat(met(role, "csd.education.masters").exception().kind()).isEqualTo("substitution");
    }

    @Test
    void aSubstitutedCredentialThatIsNotValidDoesNotMeetIt() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'MSW','status':'in-progress','expected':'2027-05'}],
                 'substitutions':[{'requirement':'csd.education.masters','credential':'MSW','reason':'r','by':'b','date':'2026-09-01'}]}""");

        assertThat(gapIds(role)).contains("csd.education.masters");
    }

    @Test
    void anExceptionMustSayWhoWhenAndWhy(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.json"),
                "{\"id\":\"x\",\"waivers\":[{\"requirement\":\"csd.license.clinical\",\"reason\":\"\"}]}");

        AssessCommandTest.Run run = AssessCommandTest.run("assess", profile.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(profile + ": waivers[0].reason: missing").contains(profile + ": waivers[0].by: missing")
                .contains(profile + ": waivers[0].date: missing");
    }

    @Test
    void aMistypedRequirementIdIsAnErrorNotASilentNoOp(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.json"), "{\"id\":\"x\",\"waivers\":[{\"requirement\":\"csd.licence.clinical\","
                + "\"reason\":\"r\",\"by\":\"b\",\"date\":\"2026-01-01\"}]}");

        AssessCommandTest.Run run = AssessCommandTest.run("assess", profile.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("waivers[0].requirement: unknown requirement \"csd.licence.clinical\" (did you mean \"csd.license.clinical\"?)");
    }

    @Test
    void aSubstitutionMustNameACredentialTheProfileLists(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.json"), "{\"id\":\"x\",\"substitutions\":[{\"requirement\":\"csd.license.clinical\","
                + "\"credential\":\"LPN\",\"reason\":\"r\",\"by\":\"b\",\"date\":\"2026-01-01\"}]}");

        AssessCommandTest.Run run = AssessCommandTest.run("assess", profile.toString(), "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("substitutions[0].credential: \"LPN\" is not among the profile's degrees");
    }
}
