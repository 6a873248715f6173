package readiness.bench;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.engine.Assessment;
import readiness.engine.Assessor;
import readiness.engine.ProfileFacts;
import readiness.engine.RuleSet;
import readiness.engine.UnknownReferenceException;
import readiness.generate.ProfileGenerator;
import readiness.report.JsonReport;
import readiness.report.ReportBuilder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where one profile's time goes, single-threaded after warm-up, and the floor Drools itself sets: a
 * benchmark for docs/BENCHMARKS.md, not a test. Run after {@code mvn -B -q package -DskipTests}:
 * {@code java -cp target/test-classes:target/readiness.jar readiness.bench.EngineFloor}
 */
public final class EngineFloor {
    private static final int PROFILES = 3000;
    private static final int ROUNDS = 7;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** The two-rule network of the floor: a requirement is met by a held fact of its name, else it is a gap. */
    public record Requirement(String name) { }
    public record Held(String name) { }
    public record Met(Requirement requirement) { }
    public record Gap(Requirement requirement) { }

    private static final String TWO_RULES = """
            package floor;
            import readiness.bench.EngineFloor.Requirement;
            import readiness.bench.EngineFloor.Held;
            import readiness.bench.EngineFloor.Met;
            import readiness.bench.EngineFloor.Gap;
            rule "met" when $r: Requirement($n: name) Held(name == $n) then insertLogical(new Met($r)); end
            rule "gap" when $r: Requirement() not Met(requirement == $r) then insertLogical(new Gap($r)); end
            """;

    private EngineFloor() {
    }

    public static void main(String[] args) throws Exception {
        RuleSet rules = RuleSet.load(Path.of("rules"));
        Assessor assessor = new Assessor(rules);
        ProfileGenerator generator = new ProfileGenerator(1);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 1; i <= PROFILES; i++) {
            profiles.add(ProfileReader.parseLine(generator.nextLine(), "generated", i));
        }
        List<Assessment> assessments = new ArrayList<>();
        for (Profile profile : profiles) {
            assessments.add(assessor.assess(profile, AS_OF, List.of()));
        }
        KieBase twoRules = compile(TWO_RULES);
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            requirements.add(new Requirement("r" + i));
        }

        System.out.printf("per profile, one thread, best of %d rounds over %,d generated profiles%n", ROUNDS, PROFILES);
        report("facts computed, a new session, declared and profile facts inserted, nothing fired", profiles, profile -> {
            KieSession session = session(rules, profile);
            session.dispose();
        });
        report("the same, then the rules fired once (the first pass)", profiles, profile -> {
            KieSession session = session(rules, profile);
            session.fireAllRules(match -> !match.getDeclarationIds().isEmpty());
            session.dispose();
        });
        report("the whole assessment (both passes, critical paths, outcomes)", profiles, profile -> {
            try {
                assessor.assess(profile, AS_OF, List.of());
            } catch (UnknownReferenceException e) {
                throw new IllegalStateException(e);
            }
        });
        report("building the report and writing its JSON", assessments,
                assessment -> JsonReport.line(ReportBuilder.build(assessment)));
        report("Drools floor: 80 requirements, 20 held facts, two rules deriving 80 logical facts", profiles, profile -> {
            KieSession session = twoRules.newKieSession();
            requirements.forEach(session::insert);
            // Held names vary with the profile over r0..r127, so some requirements are met and the rest are gaps.
            for (int h = 0; h < 20; h++) {
                session.insert(new Held("r" + ((profile.hashCode() + h * 7) & 127)));
            }
            session.fireAllRules();
            session.dispose();
        });
    }

    /** The declared facts are inserted as the engine does; the declaration rules (no conditions) are not fired. */
    private static KieSession session(RuleSet rules, Profile profile) {
        KieSession session = rules.kieBase().newKieSession();
        rules.declared().forEach(session::insert);
        new ProfileFacts(profile, AS_OF).all().forEach(session::insert);
        return session;
    }

    private static <T> void report(String what, List<T> items, Consumer<T> work) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            items.forEach(work);
            best = Math.min(best, (System.nanoTime() - start) / 1e3 / items.size());
        }
        System.out.printf("%7.1f us  %s%n", best, what);
    }

    private static KieBase compile(String drl) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem().write("src/main/resources/floor/floor.drl", drl);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    }
}
