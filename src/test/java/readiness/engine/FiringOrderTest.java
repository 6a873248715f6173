package readiness.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.runtime.KieSession;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.facts.Candidate;
import readiness.facts.Gap;
import readiness.facts.NextStep;
import readiness.facts.Verdict;
import readiness.generate.ProfileGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine fires the rules the way the files read: classify, then meet, then gap, then plan. A gap is never concluded
 * before the classification that would have met it, so no profile's run withdraws a gap or step it has just made.
 */
class FiringOrderTest {
    private static final Path RULES = Path.of("rules");
    /** As the assessor fires: the declared facts are inserted, so the declaration rules themselves do not run again. */
    private static final org.kie.api.runtime.rule.AgendaFilter DECISIONS = match -> !RuleSet.DECLARATIONS.accept(match);

    @TempDir
    Path dir;

    @Test
    void noGeneratedProfileSeesAGapOrStepMadeAndThenWithdrawn() throws Exception {
        RuleSet rules = RuleSet.load(RULES, RuleSetCache.OFF);
        ProfileGenerator generator = new ProfileGenerator(5);
        Map<String, Integer> withdrawn = new TreeMap<>();
        for (int i = 1; i <= 300; i++) {
            Profile profile = ProfileReader.parseLine(generator.nextLine(), "generated", i);
            KieSession session = rules.kieBase().newKieSession();
            try {
                rules.declared().forEach(session::insert);
                session.fireAllRules(DECISIONS);
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        // A rung's time is counted from the declarations alone (0 months) and recounted once the profile's
                        // positions are in: that is the count changing, not a conclusion withdrawn.
                        if (event.getOldObject() instanceof readiness.facts.Measure) {
                            return;
                        }
                        withdrawn.merge(event.getOldObject().getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
                new ProfileFacts(profile, LocalDate.of(2026, 11, 1)).all().forEach(session::insert);
                assertThat(session.fireAllRules(DECISIONS)).isPositive();
            } finally {
                session.dispose();
            }
        }

        assertThat(withdrawn).isEmpty();
    }

    @Test
    void classificationFiresBeforeMetBeforeGapsBeforeTheirSteps() throws Exception {
        RuleSet rules = RuleSet.load(RULES, RuleSetCache.OFF);

        int classify = salience(rules, "A BSN is a BSN");
        int met = salience(rules, "A qualification requirement is met by a valid credential of a class it accepts");
        int gap = salience(rules, "A qualification requirement not met is a gap");
        int step = salience(rules, "A gap is closed by its catalog action");
        assertThat(classify).isGreaterThan(met);
        assertThat(met).isGreaterThan(gap);
        assertThat(gap).isGreaterThan(step);
    }

    @Test
    void aRuleSetReadFromTheCacheKeepsTheOrder() throws Exception {
        Path cache = dir.resolve("cache");
        RuleSet compiled = RuleSet.load(RULES, RuleSetCache.in(cache, note -> { }));
        RuleSet cached = RuleSet.load(RULES, RuleSetCache.in(cache, note -> { }));

        assertThat(cached.fromCache()).isTrue();
        assertThat(saliences(cached)).isEqualTo(saliences(compiled)).containsValue(0);
        assertThat(saliences(cached).values()).anyMatch(s -> s > 0);
    }

    @Test
    void aRuleSetWhoseAuthorsGaveASalienceKeepsTheirOrder() throws Exception {
        Path copy = dir.resolve("rules");
        Files.createDirectories(copy);
        try (var files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path common = copy.resolve("common.drl");
        Files.writeString(common, Files.readString(common).replace(
                "rule \"A gap is closed by its catalog action\"\nwhen", "rule \"A gap is closed by its catalog action\"\nsalience 5\nwhen"));

        RuleSet rules = RuleSet.load(copy, RuleSetCache.OFF);

        assertThat(salience(rules, "A gap is closed by its catalog action")).isEqualTo(5);
        assertThat(saliences(rules)).containsOnlyKeys(saliences(RuleSet.load(RULES, RuleSetCache.OFF)).keySet())
                .allSatisfy((rule, salience) -> assertThat(salience).as(rule).isIn(0, 5));
    }

    @Test
    void aPooledSessionBetweenProfilesHoldsNoConclusionAboutNobody() throws Exception {
        RuleSet rules = RuleSet.load(RULES, RuleSetCache.OFF);
        KieSession session = rules.kieBase().newKieSession();
        try {
            rules.declared().forEach(session::insert);
            session.fireAllRules(DECISIONS);

            List<Object> conclusions = new ArrayList<>(session.getObjects(o -> o instanceof Gap || o instanceof NextStep || o instanceof Verdict));
            assertThat(conclusions).isEmpty();

            var handle = session.insert(new Candidate("nobody", LocalDate.of(2026, 11, 1)));
            session.fireAllRules(DECISIONS);
            assertThat(session.getObjects(o -> o instanceof Gap)).isNotEmpty();
            session.delete(handle);
            session.fireAllRules(DECISIONS);
            assertThat(session.getObjects(o -> o instanceof Gap || o instanceof NextStep || o instanceof Verdict)).isEmpty();
        } finally {
            session.dispose();
        }
    }

    private static int salience(RuleSet rules, String name) {
        Integer salience = saliences(rules).get(name);
        assertThat(salience).as(name).isNotNull();
        return salience;
    }

    private static Map<String, Integer> saliences(RuleSet rules) {
        Map<String, Integer> saliences = new TreeMap<>();
        rules.kieBase().getKiePackages().forEach(p -> p.getRules()
                .forEach(r -> saliences.put(r.getName(), ((RuleImpl) r).getSalience().getValue())));
        return saliences;
    }
}
