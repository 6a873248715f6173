package readiness.batch;

/** read = assessed + rejected, always. */
public record BatchCounts(long read, long assessed, long rejected) {

    @Override
    public String toString() {
        return "read " + read + ", assessed " + assessed + ", rejected " + rejected;
    }
}
