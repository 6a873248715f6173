package readiness.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import readiness.Assess;
import readiness.generate.ProfileGenerator;
import readiness.report.LeanExpander;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The public facade a cluster job calls: one call per profile, from many threads, and bad records are results. */
class ReadinessEngineTest {
    private static ReadinessEngine engine;
    private static final List<String> profiles = new ArrayList<>();

    @BeforeAll
    static void loadOnce() throws Exception {
        engine = ReadinessEngine.shared(Assess.RULES);
        ProfileGenerator generator = new ProfileGenerator(23);
        for (int i = 0; i < 300; i++) {
            profiles.add(generator.nextLine());
        }
        profiles.add("{\"id\": \"bad-1\", \"asOf\": \"2026-11-01\", \"licenses\": [{\"type\": 7}]}");
    }

    @Test
    void severalThreadsGiveTheSameLinesAsOneThread() throws Exception {
        List<String> sequential = new ArrayList<>();
        for (String profile : profiles) {
            sequential.add(describe(engine.assessLean(profile)) + describe(engine.assess(profile)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> concurrent = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String profile : profiles) {
                    Callable<String> call = () -> describe(engine.assessLean(profile)) + describe(engine.assess(profile));
                    concurrent.add(pool.submit(call));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i % profiles.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBadProfileIsARejectedResultWithPlainMessages() {
        ReadinessEngine.Result result = engine.assess("{\"id\": \"bad-1\", \"licenses\": [{\"type\": 7}]}", "part-00003:17", false);

        assertThat(result.isAssessed()).isFalse();
        assertThat(result.line()).isNull();
        assertThat(result.problems()).isNotEmpty().allSatisfy(message -> assertThat(message).startsWith("part-00003:17")
                .doesNotContain("Exception", "jackson", "\tat "));
        assertThat(String.join("\n", result.problems())).contains("licenses[0].type");
        assertThat(engine.assess("not json").problems()).singleElement().asString().startsWith("profile");
    }

    @Test
    void aNullRecordIsARejectedResultNotAnInternalError() {
        // a cluster job's text column can hold null (an empty cell, a failed join)
        ReadinessEngine.Result result = engine.assess(null, "part-00003:17", true);

        assertThat(result.isAssessed()).isFalse();
        assertThat(result.problems()).containsExactly("part-00003:17: empty input: expected a JSON object");
    }

    @Test
    void theFullLineIsTheBatchLineAndTheLeanLineExpandsToIt() throws Exception {
        LeanExpander expander = new LeanExpander(engine.rolesJson());
        String profile = profiles.get(0);
        ReadinessEngine.Result full = engine.assess(profile);

        assertThat(full.isAssessed()).isTrue();
        assertThat(full.line()).isEqualTo(readiness.report.JsonReport.line(full.report()));
        assertThat(expander.version()).isEqualTo(engine.ruleSetVersion());
        assertThat(readiness.report.JsonReport.line(expander.expand(engine.assessLean(profile).line()))).isEqualTo(full.line());
    }

    @Test
    void theSharedEngineIsCompiledOncePerJvm() throws Exception {
        assertThat(ReadinessEngine.shared(Assess.RULES)).isSameAs(engine);
        assertThat(ReadinessEngine.shared(Assess.RULES.toAbsolutePath())).isSameAs(engine);
    }

    private static String describe(ReadinessEngine.Result result) {
        return result.isAssessed() ? result.line() : "rejected " + result.problems();
    }
}
