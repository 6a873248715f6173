package readiness.engine;

import org.junit.jupiter.api.Test;
import readiness.Assess;
import readiness.domain.Profile;
import readiness.domain.ProfileReader;
import readiness.generate.ProfileGenerator;
import readiness.report.JsonReport;
import readiness.report.ReportBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules' conclusions must not depend on when and in what order facts arrive: a result
 * withdrawn late (a gap met after all) must take everything that followed from it along. Stale
 * results show here as reports that differ between assessing at once and assessing in stages.
 */
class InsertionOrderTest {

    @Test
    void reportsAreTheSameWhenFactsArriveLateAndInAnotherOrder() throws Exception {
        List<Profile> profiles = new ArrayList<>();
        for (Path file : Assess.profileFiles()) {
            profiles.add(ProfileReader.read(file));
        }
        ProfileGenerator generator = new ProfileGenerator(11);
        for (int i = 0; i < 400; i++) {
            profiles.add(ProfileReader.parse(generator.nextLine(), "generated"));
        }
        Assessor assessor = Assess.assessor();
        List<String> differing = new ArrayList<>();
        for (Profile profile : profiles) {
            String forward = JsonReport.line(ReportBuilder.build(assessor.assess(profile, null, List.of(), false)));
            String staged = JsonReport.line(ReportBuilder.build(assessor.assess(profile, null, List.of(), true)));
            if (!forward.equals(staged)) {
                differing.add(profile.id());
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void aRoleAssessedAloneIsTheSameAsInTheFullReport() throws Exception {
        Assessor assessor = Assess.assessor();
        ProfileGenerator generator = new ProfileGenerator(23);
        for (int i = 0; i < 60; i++) {
            Profile profile = ProfileReader.parse(generator.nextLine(), "generated");
            var all = ReportBuilder.build(assessor.assess(profile, null, List.of()));
            for (var role : all.roles()) {
                var alone = ReportBuilder.build(assessor.assess(profile, null, List.of(role.role()))).roles().get(0);
                assertThat(alone).as(profile.id() + " " + role.role()).isEqualTo(role);
            }
        }
    }
}
