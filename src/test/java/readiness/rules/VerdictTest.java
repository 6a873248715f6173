package readiness.rules;

import org.junit.jupiter.api.Test;
import readiness.report.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.gap;
import static readiness.Assess.met;
import static readiness.Assess.role;

/** Per role: a ready, a nearly-ready and a not-ready candidate, and the level each reaches. */
class VerdictTest {
    private static final String NURSE_LEADER = """
            {'education':[{'degree':'BSN','completed':'2010-05'},{'degree':'MSN','completed':'2016-05'}],
             'licenses':[{'type':'RN','expires':'2029-01-31'}],
             'experience':[{'kind':'clinical','start':'2010-07','end':'2016-06'},
                           {'title':'Nurse Manager','kind':'management','start':'2016-07'}]}""";

    @Test
    void clinicalServicesDirectorReadyNearlyAndNot() {
        Report.RoleReport ready = role("clinical-services-director", NURSE_LEADER);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(ready.monthsToReady()).isEqualTo(new Report.Range(0, 0));
        assertThat(ready.level()).as("ten years as a nurse manager, no position at the director rung yet").isEqualTo("clinical-services-director");
        assertThat(ready.salary().median()).isEqualTo(110000);

        Report.RoleReport nearly = role("clinical-services-director", NURSE_LEADER.replace(
                "{'degree':'MSN','completed':'2016-05'}", "{'degree':'MHA','status':'in-progress','expected':'2027-05'}"));
        assertThat(nearly.verdict()).isEqualTo("NEARLY_READY");
        assertThat(gap(nearly, "csd.education.masters").have())
                .isEqualTo("MHA in progress, expected 2027-05; BSN, completed 2010-05: not an MSN, MHA, MPH or healthcare-focused MBA");
        assertThat(nearly.monthsToReady()).isEqualTo(new Report.Range(6, 6));

        Report.RoleReport not = role("clinical-services-director", NURSE_LEADER.replace(
                "{'degree':'BSN','completed':'2010-05'},{'degree':'MSN','completed':'2016-05'}", "{'degree':'BA','field':'history'}"));
        assertThat(not.verdict()).isEqualTo("NOT_READY");
        assertThat(not.monthsToReady()).isEqualTo(new Report.Range(24, 36));
        assertThat(not.level()).as("not ready: never the role's own rung or higher").isEqualTo("assistant-clinical-services-director");
        assertThat(not.salary().median()).isEqualTo(80000);
    }

    @Test
    void theBsnAlternativePathNeedsLeadershipYearsAndACertification() {
        String bsnOnly = NURSE_LEADER.replace(",{'degree':'MSN','completed':'2016-05'}", "");
        Report.RoleReport withoutCertification = role("clinical-services-director", bsnOnly);
        assertThat(withoutCertification.verdict()).as("a certification, not a master's, is what the BSN route lacks").isEqualTo("NEARLY_READY");
        assertThat(withoutCertification.nextSteps()).filteredOn(s -> s.closes().contains("csd.education.masters"))
                .extracting(Report.StepItem::actionId).contains("leadership-or-quality-certification");
        assertThat(withoutCertification.monthsToReady()).isEqualTo(new Report.Range(3, 12));

        String withCertification = bsnOnly.replace("'licenses'", "'certifications':[{'code':'NEA-BC','earned':'2020-01'}],'licenses'");
        Report.RoleReport ready = role("clinical-services-director", withCertification);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(met(ready, "csd.education.masters").detail()).startsWith("BSN path: BSN, completed 2010-05; 10.3 years of leadership");

        String tooLittleLeadership = withCertification.replace("'start':'2016-07'", "'start':'2023-01'");
        assertThat(role("clinical-services-director", tooLittleLeadership).verdict()).isNotEqualTo("READY");
    }

    @Test
    void aPhysicalTherapyLicenseMeetsTheClinicalLicenseWithANote() {
        Report.RoleReport role = role("clinical-services-director", "{'licenses':[{'type':'PT','expires':'2029-01-31'}]}");
        assertThat(met(role, "csd.license.clinical").detail())
                .isEqualTo("PT, active, expires 2029-01-31 (accepted; the seed says an RN license is universally required, and many postings ask for one)");
    }

    @Test
    void directorOfClinicalServicesReadyNearlyAndNot() {
        String base = """
                {'education':[{'degree':'BS','field':'public health'}],
                 'experience':[{'kind':'clinical','start':'2015-01','end':'2020-12'},{'kind':'supervisory','start':'2021-01'}]}""";
        Report.RoleReport ready = role("director-of-clinical-services", base);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(ready.level()).as("no years as a director yet: the entry-level band").isEqualTo("entry-level-director-of-clinical-services");

        Report.RoleReport nearly = role("director-of-clinical-services", base.replace("2021-01", "2025-06"));
        assertThat(nearly.verdict()).isEqualTo("NEARLY_READY");
        assertThat(gap(nearly, "dcs.experience.management").have()).startsWith("1.4 of 2 years of leadership");
        assertThat(nearly.monthsToReady()).as("17 of 24 months").isEqualTo(new Report.Range(7, 7));

        Report.RoleReport not = role("director-of-clinical-services", base.replace("public health", "history"));
        assertThat(not.verdict()).isEqualTo("NOT_READY");
        assertThat(not.level()).as("every band is the role itself: not ready, no band").isNull();
        assertThat(not.salary()).isNull();
    }

    @Test
    void directorOfClinicalOperationsReadyNearlyAndNot() {
        String base = """
                {'education':[{'degree':'BA','field':'business'}],
                 'experience':[{'kind':'administrative','start':'2016-01','end':'2021-12'},{'kind':'management','start':'2022-01'}]}""";
        Report.RoleReport ready = role("director-of-clinical-operations", base);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(ready.level()).as("no years as a director of clinical operations yet").isEqualTo("director-of-clinical-operations");

        Report.RoleReport nearly = role("director-of-clinical-operations", """
                {'education':[{'degree':'BA','field':'business'}],
                 'experience':[{'kind':'administrative','start':'2021-06','end':'2024-12'},{'kind':'management','start':'2025-01'}]}""");
        assertThat(nearly.verdict()).isEqualTo("NEARLY_READY");

        Report.RoleReport not = role("director-of-clinical-operations", base.replace("'BA'", "'ASSOCIATE'"));
        assertThat(not.verdict()).isEqualTo("NOT_READY");
        assertThat(gap(not, "dco.education.bachelors").have()).isEqualTo("ASSOCIATE (business), completed: not a bachelor's degree");
        assertThat(not.level()).as("the feeder rung needs no degree").isEqualTo("department-head");
    }

    @Test
    void clinicalDirectorReadyNearlyAndNot() {
        String base = "{'education':[{'degree':'MSW'}],'experience':[{'kind':'clinical','start':'2020-01'}]}";
        Report.RoleReport ready = role("clinical-director", base);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(ready.level()).isEqualTo("clinical-director");
        assertThat(ready.salary().average()).isEqualTo(87213);

        Report.RoleReport nearly = role("clinical-director", base.replace("2020-01", "2024-06"));
        assertThat(nearly.verdict()).isEqualTo("NEARLY_READY");
        assertThat(gap(nearly, "cd.experience.healthcare").have()).startsWith("2.4 of 3 years of healthcare experience (1 period: 2024-06 to 2026-10)");

        Report.RoleReport not = role("clinical-director", base.replace("MSW", "MBA"));
        assertThat(not.verdict()).isEqualTo("NOT_READY");
    }

    private static final String PHYSICIAN = """
            {'education':[{'degree':'MD','completed':'2010-05'}],
             'exams':[{'name':'USMLE','passed':'2011-06'}],
             'training':[{'type':'residency','specialty':'internal medicine','completed':'2013-06'}],
             'licenses':[{'type':'MEDICAL','expires':'2029-12-31'}],
             'boardCertifications':[{'specialty':'internal medicine'}],
             'experience':[{'kind':'physician-practice','start':'2013-07'},{'title':'Medical Director','kind':'management','start':'2021-01'}]}""";

    @Test
    void medicalDirectorReadyNearlyAndNot() {
        Report.RoleReport ready = role("medical-director", PHYSICIAN);
        assertThat(ready.verdict()).isEqualTo("READY");
        assertThat(ready.level()).as("almost six years as medical director").isEqualTo("senior-medical-director");
        assertThat(ready.salary().median()).isEqualTo(330000);

        Report.RoleReport nearly = role("medical-director", PHYSICIAN.replace("'specialty':'internal medicine'}]", "'specialty':'internal medicine','status':'eligible'}]"));
        assertThat(nearly.verdict()).isEqualTo("NEARLY_READY");
        assertThat(nearly.level()).as("board certification is needed from the Medical Director rung up").isEqualTo("assistant-medical-director");

        Report.RoleReport not = role("medical-director", PHYSICIAN.replace("'start':'2021-01'", "'start':'2026-01'"));
        assertThat(not.verdict()).isEqualTo("NOT_READY");
    }

    @Test
    void aDoWithComlexMeetsTheLicensingExam() {
        Report.RoleReport role = role("medical-director", PHYSICIAN.replace("'MD'", "'DO'").replace("USMLE", "COMLEX-USA"));
        assertThat(met(role, "md.education.medical-degree").detail()).startsWith("DO");
        assertThat(met(role, "md.exam.licensing").detail()).isEqualTo("COMLEX-USA, passed 2011-06");
        assertThat(role.verdict()).isEqualTo("READY");
    }

    @Test
    void practiceBeforeResidencyDoesNotCountAsPostResidencyPractice() {
        Report.RoleReport role = role("medical-director", PHYSICIAN.replace("'completed':'2013-06'", "'completed':'2024-06'"));
        assertThat(gap(role, "md.experience.practice").have()).isEqualTo("2.3 of 3 years of clinical practice after residency (1 period: 2024-07 to 2026-10)");
    }

    @Test
    void theLadderIsClimbedInOrder() {
        // 9 years of hospital administration and leadership, but no clinical years: not even the first CSD rung.
        Report.RoleReport role = role("clinical-services-director",
                "{'experience':[{'kind':'management','start':'2017-01'}]}");
        assertThat(role.level()).isNull();

        Report.RoleReport assistant = role("clinical-services-director",
                "{'experience':[{'kind':'clinical','start':'2020-01','end':'2023-12'},{'kind':'supervisory','start':'2025-06'}]}");
        assertThat(assistant.level()).isEqualTo("assistant-clinical-services-director");
        assertThat(assistant.salary().median()).isEqualTo(80000);
    }

    @Test
    void anEmptyProfileIsValidAndMeetsNothing() {
        Report.RoleReport role = role("clinical-services-director", "{}");
        assertThat(role.met()).isEmpty();
        assertThat(role.verdict()).isEqualTo("NOT_READY");
        assertThat(role.score()).isZero();
    }
}
