package readiness.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import readiness.Assess;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.generate.ProfileGenerator;
import readiness.report.JsonReport;
import readiness.report.ReportBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reused sessions are only an optimisation: every report must be byte-identical to a fresh session's, including after
 * a profile whose rules failed, and after a rule that leaves a fact behind or deletes a declared one.
 */
class SessionReuseTest {
    private static final String HEADER = "package readiness.rules;\nimport readiness.facts.*;\n";

    @TempDir
    Path dir;

    @Test
    void threeThousandGeneratedProfilesGiveTheSameReportsInReusedAndFreshSessions() throws Exception {
        SessionComparison.Result result = new SessionComparison(Assess.assessor().ruleSet()).compare(3_000, 17, 2);

        assertThat(result.examples()).isEmpty();
        assertThat(result.identical()).isTrue();
        assertThat(result.compared()).isEqualTo(3_000);
    }

    @Test
    void theShippedProfilesGiveTheSameReportsInReusedAndFreshSessionsInAnyOrder() throws Exception {
        RuleSet rules = Assess.assessor().ruleSet();
        Both both = new Both(new Assessor(rules, Assessor.Sessions.REUSED), new Assessor(rules, Assessor.Sessions.FRESH));
        List<Profile> profiles = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            profiles.add(ProfileReader.read(file));
        }
        // Forward then backward: each profile follows a different one in the reused session the second time.
        List<Profile> backward = new ArrayList<>(profiles);
        java.util.Collections.reverse(backward);
        List<Profile> order = new ArrayList<>(profiles);
        order.addAll(backward);
        for (Profile profile : order) {
            assertThat(report(both.reused(), profile)).as(profile.id()).isEqualTo(report(both.fresh(), profile));
        }
    }

    @Test
    void aSessionWhoseRulesFailedIsNeverReused() throws Exception {
        Both both = both(HEADER + """
                rule "touch a LOOP credential"
                when
                    $c: Credential(code == "LOOP")
                then
                    update($c);
                end
                """);
        Profile looping = Assess.profile("{'id': 'loop', 'certifications': [{'code': 'LOOP'}], 'licenses': [{'type': 'RN', 'status': 'active'}]}");

        assertThatThrownBy(() -> both.reused().assess(looping, null, List.of())).isInstanceOf(RulesDidNotSettleException.class);
        assertSameReports(both, 40);
    }

    @Test
    void aRuleThatLeavesAFactBehindOrDeletesADeclaredOneDoesNotReachTheNextProfile() throws Exception {
        Both both = both(HEADER + """
                rule "an RN license plants a skill that stays"
                when
                    Credential(code == "RN")
                then
                    insert(new Skill("left behind"));
                end

                rule "a CPHQ deletes the master's degree action"
                when
                    Credential(code == "CPHQ")
                    $a: Action(id == "masters-degree")
                then
                    delete($a);
                end
                """);
        Profile rn = Assess.profile("{'id': 'rn', 'licenses': [{'type': 'RN', 'status': 'active'}]}");
        Profile cphq = Assess.profile("{'id': 'cphq', 'certifications': [{'code': 'CPHQ'}]}");

        for (Profile first : List.of(rn, cphq)) {
            assertThat(report(both.reused(), first)).isEqualTo(report(both.fresh(), first));
            assertSameReports(both, 40);
        }
    }

    @Test
    void aRuleThatSwapsAFactDerivedFromTheDeclarationsForAnotherKindDoesNotReachTheNextProfile() throws Exception {
        Both both = both(HEADER + """
                rule "a CCRN swaps the time as medical director for a skill"
                when
                    Credential(code == "CCRN")
                    $m: Measure(name == "years.as.medical-director")
                then
                    delete($m);
                    insert(new Skill("swapped"));
                end
                """);
        Profile ccrn = Assess.profile("{'id': 'ccrn', 'certifications': [{'code': 'CCRN'}]}");

        assertThat(both.reused().pooled()).isTrue();
        assertThat(report(both.reused(), ccrn)).isEqualTo(report(both.fresh(), ccrn));
        assertSameReports(both, 40);
    }

    @Test
    void rulesThatDependOnFiringOrderGetFreshSessions() throws Exception {
        Both both = both(HEADER + """
                rule "an RN license is noted once"
                    activation-group "notes"
                when
                    Credential(code == "RN")
                then
                    insert(new Skill("noted"));
                end
                """);

        assertThat(Assess.assessor().pooled()).as("the shipped rules").isTrue();
        assertThat(both.reused().pooled()).isFalse();
    }

    /** One rule set's assessor with pooled sessions and one with fresh ones. */
    private record Both(Assessor reused, Assessor fresh) {
    }

    /** The shipped rules plus one more file. */
    private Both both(String extraRules) throws Exception {
        Path rules = Assess.copyRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("zz-extra.drl"), extraRules);
        RuleSet ruleSet = RuleSet.load(rules);
        return new Both(new Assessor(ruleSet, Assessor.Sessions.REUSED), new Assessor(ruleSet, Assessor.Sessions.FRESH));
    }

    private void assertSameReports(Both both, int count) throws Exception {
        ProfileGenerator generator = new ProfileGenerator(5);
        for (int i = 0; i < count; i++) {
            Profile profile = ProfileReader.parse(generator.nextLine(), "generated");
            assertThat(report(both.reused(), profile)).as(profile.id()).isEqualTo(report(both.fresh(), profile));
        }
    }

    private static String report(Assessor assessor, Profile profile) throws UnknownReferenceException {
        return JsonReport.line(ReportBuilder.build(assessor.assess(profile, null, List.of())));
    }
}
