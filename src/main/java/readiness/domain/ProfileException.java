package readiness.domain;

import java.util.List;

/** A profile that cannot be assessed, with every problem found, each naming where it is. */
public final class ProfileException extends Exception {
    private final List<String> problems;

    public ProfileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line each: "profile.json: experience[0].start: "2020-13" is not a valid month". */
    public List<String> problems() {
        return problems;
    }
}
