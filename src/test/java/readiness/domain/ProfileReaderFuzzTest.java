package readiness.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes at all, as a file, a batch line or a request body: the reader returns a profile or
 * throws a ProfileException whose every line is plain, names the source and is bounded in length.
 * Any other exception is a finding. Without JAZZER_FUZZ=1 this replays the committed inputs in
 * src/test/resources/readiness/domain/ProfileReaderFuzzTestInputs (see docs/RELIABILITY.md).
 */
class ProfileReaderFuzzTest {
    private static final Pattern CLASS_NAMES = Pattern.compile("\\b(java|javax|com\\.fasterxml|readiness)\\.[a-z]+\\.|`[a-z]+\\.[\\w.$]+`");
    private static final Pattern EXCEPTIONS = Pattern.compile("\\w+(Exception|Error)\\b");
    private static final Pattern JACKSON_WORDING = Pattern.compile(
            "Cannot (construct|deserialize)|\\[Source|bound as|StreamReadConstraints|StreamReadFeature|REDACTED");

    @FuzzTest(maxDuration = "35m")
    void everyInputParsesOrFailsWithAPlainMessage(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Profile profile;
        try {
            profile = ProfileReader.parse(input, "fuzz.json");
        } catch (ProfileException e) {
            assertThat(e.problems()).isNotEmpty();
            for (String problem : e.problems()) {
                assertThat(problem).startsWith("fuzz.json").hasSizeLessThan(2_000);
                // One assertion per kind, so a fuzzing run that keeps going reports each kind separately.
                assertThat(leaks(CLASS_NAMES, problem, text)).as(problem).isEmpty();
                assertThat(leaks(EXCEPTIONS, problem, text)).as(problem).isEmpty();
                assertThat(leaks(JACKSON_WORDING, problem, text)).as(problem).isEmpty();
            }
            return;
        }
        assertThat(profile.id()).isNotBlank();
    }

    /** What looks like an internal and is not the input echoed back (a field name, a bad token). */
    private static List<String> leaks(Pattern internal, String problem, String input) {
        List<String> leaks = new ArrayList<>();
        Matcher match = internal.matcher(problem);
        while (match.find()) {
            if (!input.contains(match.group())) {
                leaks.add(match.group());
            }
        }
        return leaks;
    }
}
