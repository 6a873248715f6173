package readiness.generate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import readiness.Assess;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.engine.Trace;
import readiness.facts.Action;
import readiness.facts.Qualification;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated cohort exercises every rule: each requirement and each rung is met by some candidates and
 * missed by others; and, read as a counselor would, no candidate sits at the role's own rung or above
 * without being ready, and no plan asks for a credential class the candidate already holds.
 */
class GeneratedCohortTest {
    private static final int COUNT = 2000;
    private static final Map<String, long[]> requirements = new TreeMap<>();
    private static final Map<String, long[]> rungs = new TreeMap<>();
    private static final List<String> contradictions = new ArrayList<>();
    private static final List<String> heldButPlanned = new ArrayList<>();

    @BeforeAll
    static void assessTheCohort() throws Exception {
        ProfileGenerator generator = new ProfileGenerator(11);
        Map<String, Action> catalog = Assess.assessor().catalog();
        for (int i = 0; i < COUNT; i++) {
            Profile profile = ProfileReader.parse(generator.nextLine(), "generated");
            Trace trace = new Trace();
            Report report = ReportBuilder.build(Assess.assessor().assess(profile, null, List.of(), trace));
            Set<String> held = trace.facts().stream()
                    .filter(f -> f instanceof Qualification q && (q.isValid() || q.isInProgress()))
                    .map(f -> ((Qualification) f).getName()).collect(Collectors.toSet());
            for (Report.RoleReport role : report.roles()) {
                Set<String> met = role.met().stream().map(Report.MetItem::requirement).collect(Collectors.toSet());
                for (Report.RungItem rung : role.ladder()) {
                    count(rungs, rung.level(), rung.reached());
                    for (Report.ConditionItem condition : rung.conditions()) {
                        if (condition.requirement() != null && condition.requirement().contains(".ladder.")) {
                            count(requirements, condition.requirement(), condition.met());
                        }
                    }
                    boolean needsReady = rung.conditions().stream().anyMatch(c -> c.requirement() == null);
                    if (rung.level().equals(role.level()) && needsReady && !role.verdict().equals("READY")) {
                        contradictions.add(profile.id() + " " + role.role() + " at " + role.level() + " but " + role.verdict());
                    }
                }
                role.gaps().forEach(g -> count(requirements, g.requirement(), false));
                met.forEach(id -> count(requirements, id, true));
                for (Report.StepItem step : role.nextSteps()) {
                    Action action = catalog.get(step.actionId());
                    // Completing work in progress is not planning it again; a new catalog step for what is held is.
                    boolean completes = step.action().startsWith("Complete the ") && step.action().contains(" in progress ");
                    if (step.kind().equals("prerequisite") && !completes && action != null && held.containsAll(action.getGrants())) {
                        heldButPlanned.add(profile.id() + " " + role.role() + ": " + step.action());
                    }
                }
            }
        }
    }

    private static void count(Map<String, long[]> counts, String id, boolean met) {
        long[] c = counts.computeIfAbsent(id, k -> new long[2]);
        c[met ? 0 : 1]++;
    }

    @Test
    void everyRequirementIsMetBySomeAndMissedByOthers() {
        List<String> declared = Assess.assessor().roles().stream().flatMap(r -> r.getRequirements().stream())
                .filter(r -> !Requirement.OPTIONAL.equals(r.getSeverity())).map(Requirement::getId).toList();
        List<String> oneSided = declared.stream().filter(id -> {
            long[] c = requirements.getOrDefault(id, new long[2]);
            return c[0] == 0 || c[1] == 0;
        }).map(id -> id + " met " + requirements.getOrDefault(id, new long[2])[0] + ", missed " + requirements.getOrDefault(id, new long[2])[1])
                .toList();
        assertThat(oneSided).isEmpty();
    }

    @Test
    void everyRungIsReachedBySomeAndNotByOthers() {
        List<String> ids = Assess.assessor().roles().stream().flatMap(r -> r.getRungs().stream()).map(Rung::getId).toList();
        List<String> oneSided = ids.stream().filter(id -> {
            long[] c = rungs.getOrDefault(id, new long[2]);
            return c[0] == 0 || c[1] == 0;
        }).map(id -> id + " reached " + rungs.getOrDefault(id, new long[2])[0] + ", not " + rungs.getOrDefault(id, new long[2])[1]).toList();
        assertThat(oneSided).isEmpty();
    }

    @Test
    void noCandidateHoldsTheRolesRungOrAboveWithoutBeingReady() {
        assertThat(contradictions).isEmpty();
    }

    @Test
    void noPlanAsksForACredentialTheCandidateHolds() {
        assertThat(heldButPlanned).isEmpty();
    }

    @Test
    void theRolesAreAllAssessed() {
        assertThat(Assess.assessor().roles()).extracting(Role::getId).hasSize(5);
    }
}
