package readiness.engine;

import org.junit.jupiter.api.Test;
import readiness.facts.Credential;
import readiness.facts.Measure;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.profile;

/** The facts Java computes for the rules: experience as unions of periods, credential standing. */
class ProfileFactsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Measure measure(String body, String name) {
        return new ProfileFacts(profile(body), AS_OF).measures().stream()
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void overlappingJobsCountOnce() {
        Measure clinical = measure("""
                {'experience':[{'kind':'clinical','start':'2018-07','end':'2021-06'},
                               {'kind':'clinical','start':'2019-01','end':'2021-12'}]}""", "years.clinical");

        assertThat(clinical.getMonths()).isEqualTo(42);
        assertThat(clinical.getYearsText()).isEqualTo("3.5");
        assertThat(clinical.getExplanation()).isEqualTo("union of 2 periods, overlaps counted once: 2018-07 to 2021-12");
    }

    @Test
    void aCurrentJobCountsWholeMonthsUpToTheMonthBeforeTheAssessmentAndAFutureOneIsNotCounted() {
        Measure healthcare = measure("""
                {'experience':[{'kind':'management','start':'2024-11'},{'kind':'clinical','start':'2027-01'}]}""",
                "years.healthcare");

        assertThat(healthcare.getMonths()).isEqualTo(24);
        assertThat(healthcare.getYearsText()).isEqualTo("2");
    }

    @Test
    void anUndatedCompletedResidencyEndsAtTheLatestWhenAFellowshipAfterItWasCompleted() {
        Measure practice = measure("""
                {'training':[{'type':'residency','status':'completed'},{'type':'fellowship','completed':'2014-06'}],
                 'experience':[{'kind':'physician-practice','start':'2014-07'}]}""", "years.post-residency-practice");

        assertThat(practice.getMonths()).isEqualTo(148);
        assertThat(practice.getExplanation())
                .isEqualTo("counted from 2014-07: the residency has no date, a fellowship was completed 2014-06; 1 period: 2014-07 to 2026-10");
    }

    @Test
    void aResidencyWithNoStatusIsCompletedAsTheSchemaSaysAndAFellowshipBoundsItToo() {
        Measure practice = measure("""
                {'training':[{'type':'residency','specialty':'internal medicine'},{'type':'fellowship','completed':'2014-06'}],
                 'experience':[{'kind':'physician-practice','start':'2014-07'}]}""", "years.post-residency-practice");

        assertThat(practice.getMonths()).isEqualTo(148);
    }

    @Test
    void anUndatedCompletedResidencyWithNoDatedFellowshipCountsNothingAndSaysWhatToAdd() {
        Measure practice = measure("""
                {'training':[{'type':'residency','status':'completed'}],
                 'experience':[{'kind':'physician-practice','start':'2014-07'}]}""", "years.post-residency-practice");

        assertThat(practice.getMonths()).isZero();
        assertThat(practice.getExplanation()).isEqualTo("the residency completed has no date: add its completion date to count practice after it");
    }

    @Test
    void exactlyTwentyFourMonthsIsTwoYearsNotOnePointNine() {
        Measure management = measure("{'experience':[{'kind':'management','start':'2022-01','end':'2023-12'}]}",
                "years.management");

        assertThat(management.getMonths()).isEqualTo(24);
        assertThat(management.getYearsText()).isEqualTo("2");
    }

    @Test
    void aDayPrecisionDateCountsItsWholeMonthAndTwentyThreeMonthsReadsOnePointNine() {
        Measure management = measure("{'experience':[{'kind':'management','start':'2022-01-20','end':'2023-11-03'}]}",
                "years.management");

        assertThat(management.getMonths()).isEqualTo(23);
        assertThat(management.getYearsText()).isEqualTo("1.9");
    }

    @Test
    void workInProgressIsDueInCalendarMonthsAndAPassedDateIsFlagged() {
        LocalDate asOf = LocalDate.of(2026, 11, 24);
        List<Credential> degrees = new ProfileFacts(profile("""
                {'education':[{'degree':'MHA','status':'in-progress','expected':'2026-12-20'},
                              {'degree':'MPH','status':'in-progress','expected':'2027-03'},
                              {'degree':'MSN','status':'in-progress','expected':'2026-05'}]}"""), asOf).credentials();

        assertThat(degrees).extracting(Credential::getMonthsRemaining).containsExactly(1, 4, 0);
        assertThat(degrees.get(2).getDetail()).contains("that date has passed: confirm it was completed");
    }

    @Test
    void physicianPracticeIsDirectPatientCare() {
        Measure clinical = measure("{'experience':[{'kind':'physician-practice','start':'2018-01','end':'2020-12'}]}",
                "years.clinical");

        assertThat(clinical.getMonths()).isEqualTo(36);
    }

    @Test
    void leadershipIsTheUnionOfSupervisoryManagementAndExecutive() {
        Measure leadership = measure("""
                {'experience':[{'kind':'supervisory','start':'2015-01','end':'2016-12'},
                               {'kind':'management','start':'2016-01','end':'2018-12'},
                               {'kind':'administrative','start':'2019-01','end':'2020-12'}]}""", "years.leadership");

        assertThat(leadership.getMonths()).isEqualTo(48);
    }

    @Test
    void otherWorkIsNotHealthcareExperience() {
        assertThat(measure("{'experience':[{'kind':'other','start':'2010-01','end':'2019-12'}]}", "years.healthcare").getMonths())
                .isZero();
    }

    @Test
    void codesAreCaseInsensitive() {
        List<Credential> credentials = new ProfileFacts(profile(
                "{'licenses':[{'type':'rn','status':'ACTIVE'}],'exams':[{'name':'nclex-rn'}]}"), AS_OF).credentials();

        assertThat(credentials).extracting(Credential::getCode).containsExactly("RN", "NCLEX-RN");
        assertThat(credentials).allMatch(Credential::isValid);
    }

    @Test
    void licenseStandingFollowsStatusRestrictionAndExpiry() {
        List<Credential> licenses = new ProfileFacts(profile("""
                {'licenses':[{'type':'RN','expires':'2026-10-31'},
                             {'type':'RN','status':'inactive'},
                             {'type':'RN','status':'revoked'},
                             {'type':'RN','restricted':true},
                             {'type':'RN','expires':'2027-02-28'}]}"""), AS_OF).credentials();

        assertThat(licenses).extracting(Credential::getState)
                .containsExactly(Credential.LAPSED, Credential.LAPSED, Credential.BLOCKED, Credential.BLOCKED, Credential.VALID);
        assertThat(licenses.get(4).getMonthsToExpiry()).isEqualTo(3);
    }
}
