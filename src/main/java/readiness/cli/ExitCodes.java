package readiness.cli;

/** The exit codes every command documents in its --help and the README. */
public final class ExitCodes {
    /** The report (or other output) was written, whatever the verdicts. */
    public static final int OK = 0;
    /** Something unexpected went wrong inside the tool; the message says what. */
    public static final int INTERNAL = 1;
    /** The profile, the input or the command line is invalid. */
    public static final int INVALID_INPUT = 2;
    /** The rule files do not compile or do not hold together. */
    public static final int RULES_INVALID = 3;
    /** A batch ran to the end, but some records were rejected (see the errors file). */
    public static final int SOME_REJECTED = 4;

    public static final String HELP = "%nExit codes:%n"
            + "  0  report written (whatever the verdicts)%n"
            + "  1  internal error%n"
            + "  2  the profile or the command line is invalid%n"
            + "  3  the rule files do not compile%n";

    public static final String BATCH_HELP = HELP + "  4  the batch ran to the end, but some records were rejected (see the errors file)%n";

    public static final String EXPAND_HELP = "%nExit codes:%n"
            + "  0  every line expanded%n"
            + "  1  internal error%n"
            + "  2  the command line, --roles or the input is invalid, or the output cannot be written%n"
            + "  3  the rule files do not compile%n"
            + "  4  some lines could not be expanded (each is named on stderr)%n";

    public static final String ALL_HELP = HELP + "  4  batch: some records were rejected; expand: some lines could not be expanded; rules test: some cases failed%n";

    private ExitCodes() {
    }
}
