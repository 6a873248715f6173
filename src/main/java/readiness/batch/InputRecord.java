package readiness.batch;

import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;

/**
 * One record of a batch input, in input order: a line of JSON Lines (line is its number) or a
 * file of a folder (line is 0 and file names it).
 */
public record InputRecord(long index, String file, long line, String text) {

    /** How messages name the record: "cohort.jsonl:12" or "c-1024.json". */
    public String label() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The record as a profile; messages name its line (JSON Lines) or its file (a folder). */
    public Profile profile() throws ProfileException {
        return line > 0 ? ProfileReader.parseLine(text, file, line) : ProfileReader.parse(text, file);
    }
}
