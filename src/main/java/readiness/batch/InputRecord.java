package readiness.batch;

/**
 * One record of a batch input, in input order: a line of JSON Lines (line is its number) or a
 * file of a folder (line is 0 and file names it).
 */
public record InputRecord(long index, String file, long line, String text) {

    /** How messages name the record: "cohort.jsonl:12" or "c-1024.json". */
    public String label() {
        return line > 0 ? file + ":" + line : file;
    }
}
