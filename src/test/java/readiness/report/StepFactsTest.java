package readiness.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's line under its action: time, cost, what it closes, and which other steps are alternatives to it. */
class StepFactsTest {

    @Test
    void threeWaysToOneGapReadAsEitherNotAll() {
        Report.StepItem one = step(1, "close", List.of("masters"));
        Report.StepItem two = step(2, "close", List.of("license"));
        Report.StepItem three = step(3, "close", List.of("masters"));
        Report.StepItem four = step(4, "close", List.of("masters", "license"));
        List<Report.StepItem> plan = List.of(one, two, three, four);

        assertThat(Formats.stepFacts(one, plan)).endsWith("closes masters (or step 3 or step 4)");
        assertThat(Formats.stepFacts(two, plan)).endsWith("closes license (or step 4)");
        assertThat(Formats.stepFacts(four, plan)).endsWith("closes masters (or step 1 or step 3), license (or step 2)");
    }

    @Test
    void aRenewalKeepsWhatItKeepsAndIsNoAlternative() {
        Report.StepItem renew = step(1, "renewal", List.of("license"));
        Report.StepItem other = step(2, "close", List.of("license"));

        assertThat(Formats.stepFacts(renew, List.of(renew, other))).endsWith("keeps license");
        assertThat(Formats.stepFacts(other, List.of(renew, other))).endsWith("closes license");
    }

    @Test
    void workInProgressCostsWhatIsLeftWhichTheProfileDoesNotSay() {
        Report.StepItem inProgress = new Report.StepItem(1, "Complete the MSN in progress (6 months left; remaining cost not counted)",
                "masters-degree", "close", List.of("masters"), List.of(), new Report.Range(6, 6), new Report.Range(0, 0), true, false,
                "profile: education[1], expected completion");

        assertThat(Formats.stepFacts(inProgress, List.of(inProgress))).isEqualTo("6 months, cost not counted, closes masters");
    }

    private static Report.StepItem step(int order, String kind, List<String> closes) {
        return new Report.StepItem(order, "Step " + order, "action-" + order, kind, closes, List.of(), new Report.Range(3, 12),
                new Report.Range(100, 500), true, false, "catalog");
    }
}
