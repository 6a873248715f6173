package readiness.rules;

import org.junit.jupiter.api.Test;
import readiness.report.Report;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.gap;
import static readiness.Assess.met;
import static readiness.Assess.role;

/** Next steps: catalog actions, prerequisites first, critical path, renewals, reinstatement and the job search. */
class NextStepsTest {

    private static List<String> actions(Report.RoleReport role) {
        return role.nextSteps().stream().map(Report.StepItem::actionId).toList();
    }

    private static Report.StepItem step(Report.RoleReport role, String actionId) {
        return role.nextSteps().stream().filter(s -> s.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + actionId + " in " + actions(role)));
    }

    @Test
    void anRnLicenseComesAfterTheNclexWhichComesAfterTheBsn() {
        Report.RoleReport role = role("clinical-services-director", "{'education':[{'degree':'MHA'}]}");

        assertThat(actions(role)).containsSubsequence("bsn", "nclex-rn", "rn-license");
        Report.StepItem license = step(role, "rn-license");
        assertThat(license.closes()).containsExactly("csd.license.clinical");
        assertThat(license.after()).containsExactly(step(role, "nclex-rn").order());
        assertThat(step(role, "nclex-rn").after()).containsExactly(step(role, "bsn").order());
    }

    @Test
    void aPhysicianPathRunsMedicalSchoolResidencyLicenseThenBoardCertification() {
        Report.RoleReport role = role("medical-director", "{'education':[{'degree':'BS','field':'biology'}]}");

        assertThat(actions(role)).containsSubsequence("md-degree", "residency", "medical-license", "board-certification");
        assertThat(actions(role)).containsSubsequence("md-degree", "usmle", "medical-license");
        // 48 (MD) + 36-84 (residency) + 2-6 (license) + 60 (practice): the critical path, not the sum of all steps.
        assertThat(role.monthsToReady()).isEqualTo(new Report.Range(146, 198));
    }

    @Test
    void experienceAccruesInParallelWithStudy() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN'}],'licenses':[{'type':'RN'}],
                 'experience':[{'kind':'clinical','start':'2023-11'}]}""");

        // Master's 24-36 months, 2 more clinical years, 2 leadership years, 2 more total years: all at once.
        assertThat(step(role, "masters-degree").months()).isEqualTo(new Report.Range(24, 36));
        assertThat(role.monthsToReady()).isEqualTo(new Report.Range(24, 36));
        assertThat(role.nextSteps()).extracting(Report.StepItem::action)
                .contains("Gain 2 more years of leadership (supervisory, management or executive) experience",
                        "Gain 2 more years of healthcare experience");
    }

    @Test
    void aDegreeInProgressIsCompletedInTheTimeTheProfileExpects() {
        Report.RoleReport role = role("clinical-services-director",
                "{'education':[{'degree':'MPH','status':'in-progress','expected':'2027-08'}]}");

        Report.StepItem complete = step(role, "masters-degree");
        assertThat(complete.action()).isEqualTo("Complete the MPH in progress (9 months left; remaining cost not counted)");
        assertThat(complete.months()).isEqualTo(new Report.Range(9, 9));
        assertThat(gap(role, "csd.education.masters").have()).isEqualTo("MPH in progress, expected 2027-08");
    }

    @Test
    void anExpiredLicenseIsReinstatedNotEarnedAgain() {
        Report.RoleReport role = role("clinical-services-director",
                "{'licenses':[{'type':'RN','jurisdiction':'WA','status':'active','expires':'2025-09-30'}]}");

        assertThat(gap(role, "csd.license.clinical").have()).isEqualTo("RN, WA, expired 2025-09-30");
        assertThat(actions(role)).contains("reinstate").doesNotContain("rn-license", "bsn");
        assertThat(step(role, "reinstate").action()).isEqualTo("Reinstate or renew: RN license (RN, WA, expired 2025-09-30)");
    }

    @Test
    void aRestrictedLicenseDoesNotCount() {
        Report.RoleReport role = role("clinical-services-director",
                "{'licenses':[{'type':'RN','jurisdiction':'OH','restricted':true,'expires':'2028-01-31'}]}");

        assertThat(gap(role, "csd.license.clinical").have()).isEqualTo("RN, OH, active but restricted");
    }

    @Test
    void aLicenseLapsingWithinSixMonthsIsMetButGetsARenewalStepFirst() {
        Report.RoleReport role = role("clinical-services-director",
                "{'licenses':[{'type':'RN','jurisdiction':'OH','expires':'2027-03-31'}]}");

        assertThat(met(role, "csd.license.clinical").detail()).isEqualTo("RN, OH, active, expires 2027-03-31");
        Report.StepItem renew = role.nextSteps().get(0);
        assertThat(renew.actionId()).isEqualTo("renew");
        assertThat(renew.kind()).isEqualTo("renewal");
        assertThat(renew.closes()).containsExactly("csd.license.clinical");

        Report.RoleReport later = role("clinical-services-director",
                "{'licenses':[{'type':'RN','jurisdiction':'OH','expires':'2027-05-31'}]}");
        assertThat(actions(later)).doesNotContain("renew");
    }

    @Test
    void aReadyCandidatesStepsAreTheJobSearch() {
        Report.RoleReport role = role("clinical-director",
                "{'education':[{'degree':'MSN'}],'experience':[{'kind':'clinical','start':'2015-01'}]}");

        assertThat(role.verdict()).isEqualTo("READY");
        assertThat(actions(role)).containsSubsequence("network", "mentor", "targeted-resume", "interview");
        assertThat(actions(role).subList(0, 4)).containsExactly("network", "mentor", "targeted-resume", "interview");
    }

    @Test
    void everyStepHasTimeCostAndASource() {
        Report.RoleReport role = role("medical-director", "{}");
        assertThat(role.nextSteps()).allSatisfy(step -> {
            assertThat(step.months().max()).isGreaterThanOrEqualTo(step.months().min());
            assertThat(step.costUsd().max()).isGreaterThanOrEqualTo(step.costUsd().min());
            assertThat(step.source()).isNotBlank();
        });
        assertThat(step(role, "md-degree").estimate()).as("004 gives medical school's time and cost").isFalse();
        assertThat(step(role, "usmle").estimate()).as("the seeds give no USMLE figures").isTrue();
    }
}
