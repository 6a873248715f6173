package readiness.html;

import org.junit.jupiter.api.Test;
import readiness.report.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.role;

/** The page's timeline marks as critical what decides the months to ready, as the plan counts them. */
class ReportViewTest {

    @Test
    void theCriticalPathRunsThroughTheQuickestStepClosingARequiredGapNotASlowerAlternative() {
        // The BSN route's certification (3-12 months) closes the master's gap; the master's (24-36) stays for the doctorate.
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN','completed':'2005-05'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CCRN','earned':'2020-01'}],
                 'experience':[{'kind':'clinical','start':'2016-11','end':'2021-10'},{'kind':'management','start':'2021-11'}]}""");

        List<ReportView.TimelineStep> timeline = ReportView.timeline(role);

        assertThat(timeline).filteredOn(ReportView.TimelineStep::critical).extracting(t -> t.step().actionId())
                .containsExactly("leadership-or-quality-certification");
        assertThat(timeline).filteredOn(t -> t.step().actionId().equals("masters-degree")).singleElement()
                .satisfies(t -> assertThat(t.required()).as("a slower way to the same gap is not on the way to ready").isFalse());
        assertThat(timeline).filteredOn(ReportView.TimelineStep::critical).extracting(ReportView.TimelineStep::end)
                .containsExactly(role.monthsToReady().max());
    }

    @Test
    void aReadyRoleBelowItsOwnRungSaysWhatTheRungStillAsks() throws Exception {
        // Supervisory time, but no job classified at the Assistant Clinical Services Director rung.
        Report report = readiness.report.ReportBuilder.build(readiness.Assess.assessor().assess(readiness.Assess.profile("""
                {'education':[{'degree':'BSN','completed':'2010-05'},{'degree':'MHA','completed':'2016-05'}],
                 'licenses':[{'type':'RN','status':'active','expires':'2028-12-31'}],
                 'experience':[{'title':'Charge Nurse','kind':'clinical','start':'2016-06','end':'2021-06'},
                               {'title':'Nurse Supervisor','kind':'supervisory','start':'2021-07'}]}"""),
                null, List.of("clinical-services-director")));
        Report.RoleReport role = report.roles().get(0);

        assertThat(role.verdict()).isEqualTo("READY");
        assertThat(role.level()).isEqualTo("assistant-clinical-services-director");
        String note = "ready for the role; reaching its own rung, Clinical Services Director, also takes: "
                + "At least 2 years as Assistant Clinical Services Director or higher";
        assertThat(readiness.report.TextReport.render(report)).contains("; " + note + "\n");
        assertThat(Templates.render("report", java.util.Map.of("view", ReportView.of(report, readiness.Assess.assessor().roles()))))
                .contains("On the Assistant Clinical Services Director rung: " + note + ".");
    }

    @Test
    void aReadyRoleOnItsOwnRungHasNoNote() {
        Report.RoleReport role = role("director-of-clinical-operations", """
                {'education':[{'degree':'MHA','completed':'2012-05'}],
                 'experience':[{'kind':'management','start':'2012-06'}]}""");

        assertThat(role.verdict()).isEqualTo("READY");
        assertThat(readiness.report.Formats.readyBelowOwnRung(role)).isNull();
    }

    @Test
    void aRoleMadeReadyByAWaiverBelowTheFirstRungNamesWhatEachRungStillTakes() throws Exception {
        Report report = readiness.report.ReportBuilder.build(readiness.Assess.assessor().assess(readiness.Assess.profile("""
                {'education':[{'degree':'BSN','completed':'2010-05'},{'degree':'MSN','completed':'2016-05'}],
                 'licenses':[{'type':'RN','expires':'2028-08-31'}],
                 'waivers':[{'requirement':'csd.experience.leadership','reason':'led a military unit','by':'A. Advisor','date':'2026-01-10'}],
                 'experience':[{'title':'Staff Nurse','kind':'clinical','start':'2010-07'}]}"""),
                null, List.of("clinical-services-director")));
        Report.RoleReport role = report.roles().get(0);

        assertThat(role.verdict()).isEqualTo("READY");
        assertThat(role.level()).isNull();
        String note = "ready for the role; reaching its own rung, Clinical Services Director, also takes: "
                + "At least 1 year in a supervisory role; At least 2 years as Assistant Clinical Services Director or higher";
        assertThat(readiness.report.TextReport.render(report)).contains("Level     below the first rung of the ladder; " + note + "\n");
        assertThat(readiness.report.MarkdownReport.render(report)).contains("below the first rung of the ladder; " + note);
        assertThat(Templates.render("report", java.util.Map.of("view", ReportView.of(report, readiness.Assess.assessor().roles()))))
                .contains("Not yet on the first rung: " + note + ".").doesNotContain("Not yet on the first rung.<");
    }
}
