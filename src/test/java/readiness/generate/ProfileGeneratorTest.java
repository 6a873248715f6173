package readiness.generate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated profile is one the reader accepts: a generated cohort never counts rejected records of its own making. */
class ProfileGeneratorTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 11, 2026})
    void everyGeneratedProfileIsValid(long seed) {
        ProfileGenerator generator = new ProfileGenerator(seed);
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            try {
                ProfileReader.parseLine(generator.nextLine(), "generated", i + 1);
            } catch (ProfileException e) {
                rejected.addAll(e.problems());
            }
        }
        assertThat(rejected).isEmpty();
    }
}
