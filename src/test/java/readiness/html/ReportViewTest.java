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
}
