package readiness.facts;

/** A number Java computed from the profile as of the assessment date, e.g. years.healthcare = 4.8. */
public final class Measure {
    private final String name;
    private final String label;
    private final double value;
    private final String explanation;

    public Measure(String name, String label, double value, String explanation) {
        this.name = name;
        this.label = label;
        this.value = value;
        this.explanation = explanation;
    }

    public String getName() { return name; }
    /** What it counts, for sentences: "healthcare experience". */
    public String getLabel() { return label; }
    public double getValue() { return value; }
    /** How it was computed: "union of 2 periods: 2012-07 to 2017-05, 2017-06 to 2026-11". */
    public String getExplanation() { return explanation; }

    @Override public String toString() { return name + "=" + value; }
}
