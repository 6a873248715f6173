package readiness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import readiness.domain.ProfileReader;
import readiness.report.Report;
import readiness.report.ReportBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example profiles in profiles/ follow the contract and each gives a full report. */
class ShippedProfilesTest {

    static Stream<Path> profiles() throws IOException {
        return Assess.profileFiles().stream();
    }

    @Test
    void thereAreAtLeastTenExamples() throws IOException {
        assertThat(profiles().count()).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void eachExampleIsValidAndAssessesEveryTargetRole(Path file) throws Exception {
        var profile = ProfileReader.read(file);
        Report report = ReportBuilder.build(Assess.assessor().assess(profile, null, List.of()));

        assertThat(report.candidateId()).isEqualTo(profile.id());
        assertThat(report.roles()).isNotEmpty();
        assertThat(report.roles()).allSatisfy(role -> {
            assertThat(role.verdict()).isIn("READY", "NEARLY_READY", "NOT_READY");
            assertThat(role.score()).isBetween(0.0, 1.0);
            assertThat(role.gaps()).allSatisfy(gap -> {
                assertThat(gap.need()).isNotBlank();
                assertThat(gap.have()).isNotBlank();
                assertThat(gap.source()).matches("\\d{3}_[0-9a-f]{16}\\.txt: .+");
            });
            assertThat(role.nextSteps()).isNotEmpty();
        });
    }

    @Test
    void theExamplesCoverEveryVerdict() throws IOException {
        List<String> verdicts = profiles().flatMap(file -> {
            try {
                return ReportBuilder.build(Assess.assessor().assess(ProfileReader.read(file), null, List.of())).roles().stream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(Report.RoleReport::verdict).distinct().toList();

        assertThat(verdicts).contains("READY", "NEARLY_READY", "NOT_READY");
    }
}
