package readiness.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.cli.AssessCommandTest.run;

/** bench reports, in one run, the floor, the batch rate, one thread's rate with its CPU and allocation, and the ratios. */
class BenchCommandTest {

    @Test
    void benchPrintsTheRatesTheirRatiosAndThePerProfileCosts() {
        AssessCommandTest.Run result = run("bench", "--count", "300", "--warmup", "100", "--jobs", "2", "--rules", "rules");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .containsPattern("warm-up: [1-8] pass(es)? of 100 profiles(, until the JIT settled|, the JIT still compiling) \\(\\d+\\.\\d s compiling in the last\\)")
                .containsPattern("floor \\(Jackson read \\+ write, no rules\\): [\\d,]+ profiles/s")
                .containsPattern("batch \\(all five roles\\): +[\\d,]+ profiles/s")
                .containsPattern("JIT during the batch: \\d+\\.\\d s compiling, \\d+\\.\\d% of the cores' time")
                .containsPattern("single thread \\(assess and report, 600 profiles\\): [\\d,]+ profiles/s, [\\d,]+ us CPU, [\\d,]+ KiB allocated"
                        + " and [\\d,]+ bytes of JSON per profile \\([\\d,]+/s just before the batch, [\\d,]+/s just after\\)")
                .containsPattern("batch against 2 x the single-thread rate: \\d\\.\\d{3} \\(the goal is 0\\.8 or more\\)")
                .containsPattern("2 threads side by side, no pipeline \\(each assesses and reports the same 300 profiles\\): [\\d,]+ profiles/s,"
                        + " [\\d,]+ us CPU per profile a thread; the batch against it: \\d\\.\\d{3}");
    }

    @Test
    void compareSessionsChecksReusedSessionsAgainstFreshOnesAndSaysSo() {
        AssessCommandTest.Run result = run("bench", "--compare-sessions", "--count", "200", "--jobs", "2", "--rules", "rules");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("compared 200 generated profiles \\(seed 1, 2 jobs, every fifth for one role\\): "
                + "reused and fresh sessions gave byte-identical reports, 0 rejected by both, in \\d+ s");
    }

    @Test
    void aCountOrWarmUpBelowOneIsACommandLineErrorNotARowOfNaN() {
        AssessCommandTest.Run none = run("bench", "--count", "0", "--warmup", "10", "--jobs", "1", "--rules", "rules");
        AssessCommandTest.Run negative = run("bench", "--count", "-5", "--warmup", "10", "--jobs", "1", "--rules", "rules");
        AssessCommandTest.Run noWarmUp = run("bench", "--count", "10", "--warmup", "0", "--jobs", "1", "--rules", "rules");
        AssessCommandTest.Run compareNone = run("bench", "--compare-sessions", "--count", "-1", "--rules", "rules");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err().strip()).isEqualTo("--count 0: not a number of profiles to measure: use 1 or more");
        assertThat(none.out()).isEmpty();
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("--count -5: not a number of profiles to measure: use 1 or more");
        assertThat(noWarmUp.exitCode()).isEqualTo(2);
        assertThat(noWarmUp.err().strip()).isEqualTo("--warmup 0: not a number of profiles to warm up on: use 1 or more");
        assertThat(noWarmUp.out()).isEmpty();
        assertThat(compareNone.exitCode()).isEqualTo(2);
        assertThat(compareNone.err().strip()).isEqualTo("--count -1: not a number of profiles to measure: use 1 or more");
        assertThat(compareNone.out()).isEmpty();
    }
}
