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
        // 48 (MD) + 36-84 (residency) + 2-6 (license) + 36 (practice): the critical path, not the sum of all steps.
        assertThat(role.monthsToReady()).isEqualTo(new Report.Range(122, 174));
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
    void twoGapsOnOneClockReadAsOneWaitNotTwoThatAddUp() {
        Report.RoleReport role = role("medical-director", """
                {'education':[{'degree':'MD'}],'licenses':[{'type':'MEDICAL'}],
                 'training':[{'type':'residency','specialty':'internal medicine','completed':'2025-06'}],
                 'experience':[{'kind':'physician-practice','start':'2025-07'}]}""");

        // 3 years required and 5 typical, of the same practice after residency: 16 months so far.
        assertThat(role.nextSteps()).extracting(Report.StepItem::action)
                .contains("Gain 1 year 8 months more of clinical practice after residency",
                        "Gain 3 years 8 months more of clinical practice after residency:"
                                + " the 1 year 8 months for md.experience.practice, then 2 years more");
    }

    @Test
    void aLongerWaitWithNoShorterGapOnItsClockIsPlainTime() {
        Report.RoleReport role = role("medical-director", """
                {'education':[{'degree':'MD'}],'licenses':[{'type':'MEDICAL'}],
                 'training':[{'type':'residency','specialty':'internal medicine','completed':'2022-06'}],
                 'experience':[{'kind':'physician-practice','start':'2022-07'}]}""");

        // The required 3 years are met (4 years 4 months): the typical 5 are plain time, with nothing before them.
        assertThat(role.nextSteps()).extracting(Report.StepItem::action)
                .contains("Gain 8 more months of clinical practice after residency")
                .noneMatch(action -> action.contains(" for md.experience.practice"));
    }

    @Test
    void workDueInTheAssessmentMonthIsNotSaidToBePastItsDate() {
        Report.RoleReport role = role("clinical-director", """
                {'education':[{'degree':'BSN','completed':'2015-05'},{'degree':'MSN','status':'in-progress','expected':'2026-11'}]}""");

        assertThat(gap(role, "cd.education.masters").have()).startsWith("MSN in progress, expected 2026-11;");
        assertThat(role.nextSteps()).extracting(Report.StepItem::action)
                .contains("Complete the MSN in progress (due this month or earlier: confirm it is completed; remaining cost not counted)");
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
        assertThat(actions(role)).contains("reinstate-license").doesNotContain("rn-license", "bsn");
        assertThat(step(role, "reinstate-license").action())
                .isEqualTo("Reinstate the license with your state board (renewal fees and any continuing education owed): RN license (RN, WA, expired 2025-09-30)");
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
    void aClinicalDirectorsDoctorateIsAnyDoctorateNotANursingOne() {
        // 003 Job Requirements: "Some employers may prefer candidates who have a doctorate degree as well": any doctorate,
        // so a social worker is not sent to a DNP (open to nurses only) or a PhD in nursing.
        Report.RoleReport role = role("clinical-director",
                "{'education':[{'degree':'MSW'}],'experience':[{'kind':'clinical','start':'2019-01'}]}");

        Report.StepItem doctorate = role.nextSteps().stream().filter(s -> s.closes().contains("cd.education.doctorate"))
                .findFirst().orElseThrow();
        assertThat(doctorate.action()).doesNotContain("nursing").doesNotContain("DNP or PhD");
        assertThat(doctorate.source()).startsWith("003_88c676014f811f5a.txt: Job Requirements");
        assertThat(doctorate.months()).isEqualTo(new Report.Range(36, 60));
        assertThat(doctorate.after()).as("the MSW is the master's it builds on").isEmpty();

        Report.RoleReport csd = role("clinical-services-director", "{'education':[{'degree':'MSN'}]}");
        assertThat(step(csd, "doctorate").action()).as("000 bullet 3 does name a DNP or PhD in nursing or healthcare administration")
                .isEqualTo("Earn a doctorate (DNP or PhD in nursing or healthcare administration)");
    }

    @Test
    void renewingTheOnlyCertificationTheBsnRouteCountsOnKeepsTheMastersRequirementToo() {
        // 000 Education Requirements bullet 2: a BSN with extensive leadership *and relevant certifications* meets the
        // education requirement, so the readiness of this BSN nurse leader hangs on the CPHQ that lapses in March.
        String bsnRoute = """
                {'education':[{'degree':'BSN','completed':'2008-05'}],
                 'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CPHQ','earned':'2020-01','expires':'2027-03'}],
                 'experience':[{'kind':'clinical','start':'2010-01','end':'2016-12'},
                               {'title':'Nurse Manager','kind':'management','start':'2017-01'}]}""";
        Report.RoleReport role = role("clinical-services-director", bsnRoute);

        assertThat(role.verdict()).isEqualTo("READY");
        assertThat(met(role, "csd.education.masters").detail()).startsWith("BSN path: ");
        Report.StepItem renew = step(role, "renew");
        assertThat(renew.order()).isEqualTo(1);
        assertThat(renew.closes()).containsExactly("csd.certification.leadership-or-quality", "csd.education.masters");

        Report.RoleReport secondCertification = role("clinical-services-director", bsnRoute.replace("'expires':'2027-03'}]",
                "'expires':'2027-03'},{'code':'NEA-BC','earned':'2021-01','expires':'2030-01'}]"));
        assertThat(step(secondCertification, "renew").closes()).as("the NEA-BC keeps the BSN route open")
                .containsExactly("csd.certification.leadership-or-quality");

        Report.RoleReport mastersHolder = role("clinical-services-director", bsnRoute.replace(
                "{'degree':'BSN','completed':'2008-05'}", "{'degree':'BSN','completed':'2008-05'},{'degree':'MSN','completed':'2014-05'}"));
        assertThat(step(mastersHolder, "renew").closes()).as("an MSN meets the master's whatever the CPHQ does")
                .containsExactly("csd.certification.leadership-or-quality");
    }

    @Test
    void aStepThatClosesTwoGapsAppearsOnceListingBoth() {
        Report.RoleReport role = role("clinical-services-director",
                "{'education':[{'degree':'BSN'},{'degree':'DNP','status':'in-progress','expected':'2027-11'}]}");

        List<Report.StepItem> dnp = role.nextSteps().stream().filter(s -> s.action().startsWith("Complete the DNP")).toList();
        assertThat(dnp).hasSize(1);
        assertThat(dnp.get(0).closes()).containsExactlyInAnyOrder("csd.education.masters", "csd.education.doctorate");
    }

    @Test
    void aBachelorsHolderIsNotToldToEarnABachelorsAgainAndAHealthMastersClosesTheHealthBachelors() {
        Report.RoleReport role = role("director-of-clinical-services",
                "{'education':[{'degree':'BA','field':'economics','completed':'2010-05'}]}");

        assertThat(gap(role, "dcs.education.bachelors").have())
                .isEqualTo("BA (economics), completed 2010-05: not a bachelor's or higher in a health-related field");
        assertThat(actions(role)).doesNotContain("bachelors-degree");
        assertThat(step(role, "masters-degree").closes()).contains("dcs.education.bachelors", "dcs.education.masters");
        assertThat(step(role, "masters-degree").after()).isEmpty();
    }

    @Test
    void anRnWithAnAssociateDegreeClosesABachelorsGapWithTheRnToBsnBridge() {
        for (String roleId : List.of("director-of-clinical-services", "director-of-clinical-operations")) {
            Report.RoleReport role = role(roleId, """
                    {'education':[{'degree':'ADN','field':'nursing','completed':'1998-05'}],
                     'licenses':[{'type':'RN','status':'active','expires':'2028-12-31'}],
                     'experience':[{'kind':'management','start':'2011-01'}]}""");

            String bachelors = roleId.equals("director-of-clinical-services") ? "dcs.education.bachelors" : "dco.education.bachelors";
            assertThat(step(role, "rn-to-bsn").closes()).as(roleId).contains(bachelors);
            assertThat(actions(role)).as(roleId).doesNotContain("bachelors-degree");
            assertThat(role.monthsToReady()).as(roleId).isEqualTo(new Report.Range(12, 24));
        }
    }

    @Test
    void anAssociateDegreeWithoutAnRnLicenseHasNoBridgeToABachelors() {
        Report.RoleReport role = role("director-of-clinical-operations", """
                {'education':[{'degree':'ADN','field':'nursing','completed':'1998-05'}],
                 'experience':[{'kind':'management','start':'2011-01'}]}""");

        assertThat(actions(role)).contains("bachelors-degree").doesNotContain("rn-to-bsn");
    }

    @Test
    void aCandidateWithoutADegreeIsNeverToldToEarnBothABsnAndAnotherBachelors() {
        for (String roleId : List.of("clinical-services-director", "director-of-clinical-services")) {
            Report.RoleReport role = role(roleId, "{'experience':[{'kind':'administrative','start':'2015-01'}]}");
            assertThat(actions(role)).as(roleId).contains("bsn").doesNotContain("bachelors-degree");
        }
    }

    @Test
    void anRnWithAnAssociateDegreeGetsAnRnToBsnBridgeNotASecondBachelors() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'ADN','field':'nursing','completed':'2012-05'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'experience':[{'kind':'clinical','start':'2012-07','end':'2017-12'},{'title':'Charge Nurse','kind':'supervisory','start':'2018-01'}]}""");

        assertThat(actions(role)).contains("rn-to-bsn").doesNotContain("bsn", "bachelors-degree");
        assertThat(step(role, "masters-degree").after()).containsExactly(step(role, "rn-to-bsn").order());
    }

    @Test
    void theBsnRouteForAnAdnRnWithTheLeadershipAndACertificationIsTheRnToBsnBridge() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'ADN','field':'nursing','completed':'2008-05'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CNML','earned':'2019-01'}],
                 'experience':[{'kind':'clinical','start':'2008-07','end':'2016-12'},{'title':'Nurse Manager','kind':'management','start':'2017-01'}]}""");

        assertThat(step(role, "rn-to-bsn").closes()).contains("csd.education.masters");
        assertThat(role.monthsToReady()).isEqualTo(new Report.Range(12, 24));
        assertThat(role.verdict()).isEqualTo("NOT_READY");
    }

    @Test
    void anLpnGetsAnLpnToRnBridgeTowardTheRnLicense() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BS','field':'biology','completed':'2010-05'}],'licenses':[{'type':'LPN','expires':'2029-01-31'}]}""");

        assertThat(gap(role, "csd.license.clinical").have())
                .isEqualTo("LPN, active, expires 2029-01-31: not an RN license, an NP license, a PT license or an LCSW license");
        assertThat(actions(role)).containsSubsequence("lpn-to-rn", "nclex-rn", "rn-license").doesNotContain("bsn");
    }

    @Test
    void certificationAdviceNamesOnlyWhatTheRoleAccepts() {
        Report.RoleReport dcs = role("director-of-clinical-services", "{'certifications':[{'code':'CPHQ','earned':'2020-01'}]}");

        assertThat(gap(dcs, "dcs.certification.management").have()).isEqualTo("CPHQ, earned 2020-01: not FACHE, CHE or CMM");
        String advice = step(dcs, "management-certification").action();
        assertThat(advice).contains("CHE", "FACHE", "CMM").doesNotContain("CPHQ", "Lean");
    }

    @Test
    void aLapsedBoardCertificationIsRecertificationNotAGenericReinstatement() {
        Report.RoleReport role = role("medical-director", "{'boardCertifications':[{'specialty':'cardiology','status':'expired'}]}");

        Report.StepItem recertify = step(role, "board-recertification");
        assertThat(recertify.closes()).containsExactly("md.license.board-certification");
        assertThat(recertify.costUsd()).isEqualTo(new Report.Range(1000, 4000));
        assertThat(actions(role)).doesNotContain("board-certification", "reinstate-license");
        assertThat(recertify.action()).isEqualTo("Recertify with your specialty board (continuing certification: assessment and fees): "
                + "board certification in cardiology, expired");
    }

    @Test
    void anInactiveLicensesDateIsTheDateOnFileNotTheDayItLapsed() {
        Report.RoleReport role = role("clinical-services-director",
                "{'licenses':[{'type':'RN','jurisdiction':'TX','status':'inactive','expires':'2027-08-31'}]}");

        assertThat(gap(role, "csd.license.clinical").have()).startsWith("RN, TX, inactive, expiry date on file 2027-08-31");
        assertThat(step(role, "reinstate-license").action())
                .endsWith(": RN license (RN, TX, inactive, expiry date on file 2027-08-31)");
    }

    @Test
    void aRevokedLicenseSaysReinstatementIsUncertainAndNeverCountsAsClosingTheGap() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'MSN'}],'licenses':[{'type':'RN','status':'revoked'}],
                 'experience':[{'kind':'clinical','start':'2010-01','end':'2016-12'},{'kind':'management','start':'2017-01'}]}""");

        assertThat(step(role, "revoked-license").action()).contains("uncertain", "state board");
        assertThat(actions(role)).doesNotContain("rn-license");
        assertThat(role.verdict()).isEqualTo("NOT_READY");
    }

    @Test
    void aSuspendedLicenseIsClosedThroughTheBoardsConditions() {
        Report.RoleReport role = role("clinical-services-director", "{'licenses':[{'type':'RN','status':'suspended'}]}");

        assertThat(step(role, "resolve-suspension").closes()).containsExactly("csd.license.clinical");
        assertThat(actions(role)).doesNotContain("rn-license", "reinstate-license");
    }

    @Test
    void aLicenseLapsingWithinThirtyDaysOrOnTheAssessmentDateIsUrgentAndFirst() {
        for (String expires : List.of("2026-11-01", "2026-11-30")) {
            Report.RoleReport role = role("clinical-services-director",
                    "{'certifications':[{'code':'CPHQ','earned':'2020-01'}],'licenses':[{'type':'RN','expires':'" + expires + "'}]}");
            Report.StepItem first = role.nextSteps().get(0);
            assertThat(first.urgent()).as(expires).isTrue();
            assertThat(first.action()).startsWith("Renew now");
        }
        Report.RoleReport later = role("clinical-services-director", "{'licenses':[{'type':'RN','expires':'2027-01-31'}]}");
        assertThat(step(later, "renew").urgent()).isFalse();
    }

    @Test
    void stepsThatNeedWorkInProgressWaitForIt() {
        Report.RoleReport resident = role("medical-director", """
                {'asOf':'2026-11-24','education':[{'degree':'MD','completed':'2025-05'}],'exams':[{'name':'USMLE','passed':'2024-06'}],
                 'training':[{'type':'residency','status':'in-progress','expected':'2028-06'}],
                 'experience':[{'title':'Resident Physician','kind':'clinical','start':'2025-07'}]}""");

        Report.StepItem residency = resident.nextSteps().stream().filter(s -> s.action().startsWith("Complete the residency")).findFirst()
                .orElseThrow();
        assertThat(residency.months()).as("November to June: 19 calendar months").isEqualTo(new Report.Range(19, 19));
        assertThat(step(resident, "medical-license").after()).contains(residency.order());
        // 19 months of residency, 2-6 for the license, then 3 years of practice.
        assertThat(resident.monthsToReady()).isEqualTo(new Report.Range(57, 61));
    }

    @Test
    void workInProgressWithoutADateIsCompletedNotEarnedAgain() {
        Report.RoleReport role = role("clinical-services-director", "{'education':[{'degree':'MHA','status':'in-progress'}]}");

        assertThat(role.nextSteps()).extracting(Report.StepItem::action).noneMatch(a -> a.startsWith("Earn a master's"));
        assertThat(role.nextSteps()).extracting(Report.StepItem::action)
                .anyMatch(a -> a.startsWith("Complete the MHA in progress (no expected date given"));
    }

    @Test
    void aQuickerWayToARequiredGapIsNeverDroppedForASlowerOne() {
        // A BSN nurse leader holding a clinical certification (which the BSN route does not count): the route's
        // leadership or quality certification closes the master's gap in 3-12 months; the master's takes 24-36.
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN','completed':'2005-05'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CCRN','earned':'2020-01'}],
                 'experience':[{'kind':'clinical','start':'2016-11','end':'2021-10'},{'kind':'management','start':'2021-11'}]}""");

        assertThat(step(role, "leadership-or-quality-certification").closes()).contains("csd.education.masters");
        assertThat(role.monthsToReady()).isEqualTo(new Report.Range(3, 12));
        assertThat(role.verdict()).isEqualTo("NEARLY_READY");
    }

    @Test
    void aBsnNurseLeaderShortOfTheRoutesLeadershipGainsItRatherThanEarningAMasters() {
        String bsnWithCphq = """
                {'education':[{'degree':'BSN','completed':'2005-05'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CPHQ','earned':'2020-01'}],
                 'experience':[{'kind':'clinical','start':'2016-12','end':'2021-11'},{'kind':'management','start':'%s'}]}""";
        // 59 months of leadership on 2026-11-01; the BSN route asks for 5 years.
        Report.RoleReport oneMonthShort = role("clinical-services-director", bsnWithCphq.formatted("2021-12"));

        assertThat(oneMonthShort.verdict()).isEqualTo("NEARLY_READY");
        assertThat(oneMonthShort.monthsToReady()).isEqualTo(new Report.Range(1, 1));
        assertThat(oneMonthShort.nextSteps()).filteredOn(s -> s.closes().contains("csd.education.masters")).first()
                .satisfies(s -> assertThat(s.action()).isEqualTo("Gain 1 more month of leadership (supervisory, management or executive) experience"));

        // 12 months of leadership: 48 more take longer than a master's, which stays the way to close the gap.
        Report.RoleReport fourYearsShort = role("clinical-services-director", bsnWithCphq.formatted("2025-11"));
        assertThat(fourYearsShort.monthsToReady()).isEqualTo(new Report.Range(24, 36));
        assertThat(fourYearsShort.nextSteps()).extracting(Report.StepItem::action).noneMatch(a -> a.startsWith("Gain 4 more years of leadership"));
    }

    @Test
    void aSocialWorkerOrPhysicalTherapistIsLicensedInTheirOwnFieldNotSentToNursingSchool() {
        Report.RoleReport socialWorker = role("clinical-services-director", """
                {'education':[{'degree':'MSW'},{'degree':'MHA'}],
                 'experience':[{'kind':'clinical','start':'2017-11','end':'2023-10'},{'kind':'management','start':'2023-11'}]}""");

        assertThat(step(socialWorker, "lcsw-license").closes()).containsExactly("csd.license.clinical");
        assertThat(actions(socialWorker)).doesNotContain("bsn", "nclex-rn", "rn-license");
        assertThat(socialWorker.monthsToReady()).isEqualTo(new Report.Range(24, 36));

        Report.RoleReport therapist = role("director-of-clinical-services", "{'education':[{'degree':'DPT'}]}");
        assertThat(step(therapist, "pt-license").closes()).containsExactly("dcs.license.clinical");
        assertThat(actions(therapist)).doesNotContain("rn-license", "lcsw-license");

        // A nurse without a license, and a social worker who holds the LCSW, get no such step.
        assertThat(actions(role("clinical-services-director", "{'education':[{'degree':'BSN'}]}")))
                .contains("rn-license").doesNotContain("lcsw-license", "pt-license");
        assertThat(actions(role("clinical-services-director", "{'education':[{'degree':'MSW'}],'licenses':[{'type':'LCSW'}]}")))
                .doesNotContain("lcsw-license", "rn-license");
    }

    @Test
    void aStepKeptOnlyBecauseALaterOneNeedsItIsAPrerequisiteNotAClosingStep() {
        // An ADN RN on the BSN route: the RN-to-BSN bridge closes the master's gap; the master's stays for the doctorate.
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'ADN'}],'licenses':[{'type':'RN','expires':'2029-01-31'}],
                 'certifications':[{'code':'CPHQ','earned':'2020-01'}],
                 'experience':[{'kind':'clinical','start':'2016-11','end':'2021-10'},{'kind':'management','start':'2021-11'}]}""");

        assertThat(step(role, "rn-to-bsn").closes()).containsExactly("csd.education.masters");
        Report.StepItem masters = step(role, "masters-degree");
        assertThat(masters.kind()).isEqualTo("prerequisite");
        assertThat(masters.closes()).isEmpty();
        assertThat(step(role, "doctorate").after()).contains(masters.order());
        assertThat(role.nextSteps()).filteredOn(s -> s.kind().equals("close")).allSatisfy(s -> assertThat(s.closes()).isNotEmpty());
    }

    @Test
    void gainingExperienceCitesTheSeedLineOfTheRoleThatAsksForIt() {
        Report.RoleReport operations = role("director-of-clinical-operations",
                "{'education':[{'degree':'MHA'}],'experience':[{'kind':'management','start':'2024-11'}]}");

        assertThat(operations.nextSteps()).filteredOn(s -> s.actionId().equals("gain-experience")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.source()).startsWith("002_080dc999028092c9.txt"));
    }

    @Test
    void degreeWorkInProgressThatClosesARequiredGapSoonestIsKept() {
        // The DNP in progress does not need the MSN from the plan, so nothing else keeps the MSN's completion in it.
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN','completed':'2017-12'},{'degree':'MSN','status':'in-progress','expected':'2027-03'},
                              {'degree':'DNP','status':'in-progress','expected':'2029-04'}],
                 'licenses':[{'type':'RN','expires':'2028-01-31'}],
                 'experience':[{'kind':'clinical','start':'2018-02','end':'2021-09'},{'kind':'supervisory','start':'2021-10'}]}""");

        assertThat(role.nextSteps()).filteredOn(s -> s.action().startsWith("Complete the MSN in progress"))
                .singleElement().satisfies(s -> assertThat(s.closes()).contains("csd.education.masters"));
        assertThat(role.monthsToReady()).as("the MSN ends in 4 months; a certification would take 3-12").isEqualTo(new Report.Range(4, 4));
    }

    @Test
    void aRevokedLicenseTakesTimeAndIsNeverCountedOnNorReadyNow() {
        Report.RoleReport role = role("medical-director", """
                {'education':[{'degree':'MD','completed':'2005-05'}],'exams':[{'name':'USMLE','passed':'2006-06'}],
                 'training':[{'type':'residency','completed':'2009-06'}],'licenses':[{'type':'MEDICAL','status':'revoked'}],
                 'experience':[{'kind':'physician-practice','start':'2009-07'},{'kind':'management','start':'2015-01'}]}""");

        assertThat(role.verdict()).isEqualTo("NOT_READY");
        assertThat(role.verdictReason()).contains("no step the candidate can count on");
        assertThat(role.monthsToReady().max()).isGreaterThan(0);
        assertThat(role.nextSteps().get(0).actionId()).as("the board comes first").isEqualTo("revoked-license");
        assertThat(step(role, "board-certification").after()).as("board certification waits for the license").contains(step(role, "revoked-license").order());
        assertThat(actions(role)).doesNotContain("medical-license");
    }

    @Test
    void directPatientCareIsGainedAfterTheClinicalLicense() {
        Report.RoleReport role = role("clinical-services-director",
                "{'education':[{'degree':'MHA','completed':'2015-05'}],'experience':[{'kind':'management','start':'2015-06'}]}");

        assertThat(step(role, "gain-clinical-experience").after()).contains(step(role, "rn-license").order());
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
