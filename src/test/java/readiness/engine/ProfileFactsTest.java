package readiness.engine;

import org.junit.jupiter.api.Test;
import readiness.facts.Credential;
import readiness.facts.Measure;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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

        assertThat(clinical.getValue()).isCloseTo(3.5, within(0.01));
        assertThat(clinical.getExplanation()).isEqualTo("union of 2 periods, overlaps counted once: 2018-07 to 2021-12");
    }

    @Test
    void aCurrentJobRunsToTheAssessmentDateAndAFutureOneIsNotCounted() {
        Measure healthcare = measure("""
                {'experience':[{'kind':'management','start':'2024-11'},{'kind':'clinical','start':'2027-01'}]}""",
                "years.healthcare");

        assertThat(healthcare.getValue()).isCloseTo(2.0, within(0.01));
    }

    @Test
    void leadershipIsTheUnionOfSupervisoryManagementAndExecutive() {
        Measure leadership = measure("""
                {'experience':[{'kind':'supervisory','start':'2015-01','end':'2016-12'},
                               {'kind':'management','start':'2016-01','end':'2018-12'},
                               {'kind':'administrative','start':'2019-01','end':'2020-12'}]}""", "years.leadership");

        assertThat(leadership.getValue()).isCloseTo(4.0, within(0.01));
    }

    @Test
    void otherWorkIsNotHealthcareExperience() {
        assertThat(measure("{'experience':[{'kind':'other','start':'2010-01','end':'2019-12'}]}", "years.healthcare").getValue())
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
