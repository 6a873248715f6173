package readiness.batch;

import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;

import java.util.List;

/**
 * One record of a batch input, in input order: a line of JSON Lines (line is its number) or a
 * file of a folder (line is 0 and file names it). A record that could not be read as text (too
 * large, not UTF-8, or where the input is damaged) has no text, and unreadable says why.
 */
public record InputRecord(long index, String file, long line, String text, String unreadable) {

    public InputRecord(long index, String file, long line, String text) {
        this(index, file, line, text, null);
    }

    static InputRecord unreadable(long index, String file, long line, String why) {
        return new InputRecord(index, file, line, null, why);
    }

    /** How messages name the record: "cohort.jsonl:12" or "c-1024.json". */
    public String label() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The record as a profile; messages name its line (JSON Lines) or its file (a folder). */
    public Profile profile() throws ProfileException {
        if (unreadable != null) {
            throw new ProfileException(List.of(label() + ": " + unreadable));
        }
        return line > 0 ? ProfileReader.parseLine(text, file, line) : ProfileReader.parse(text, file);
    }
}
