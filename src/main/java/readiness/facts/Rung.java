package readiness.facts;

/** One rung of a role's career ladder, with the salary the seed gives for it. */
public final class Rung {
    private final String role;
    private final int order;
    private final String id;
    private final String title;
    private final String timeMeasure;
    private String source;
    private Integer medianSalary;
    private Integer averageSalary;
    private Integer lowSalary;
    private Integer highSalary;
    private boolean roleTitle;
    private boolean atOrAboveRole;

    Rung(String role, int order, String id, String title, String seed) {
        this.role = role;
        this.order = order;
        this.id = id;
        this.title = title;
        this.timeMeasure = Measure.timeAsName(id);
        this.source = seed;
    }

    @Declaration
    public Rung medianSalary(int usd) { this.medianSalary = usd; return this; }
    @Declaration
    public Rung averageSalary(int usd) { this.averageSalary = usd; return this; }
    @Declaration
    public Rung salaryRange(int lowUsd, int highUsd) { this.lowSalary = lowUsd; this.highSalary = highUsd; return this; }
    @Declaration
    public Rung salaryFrom(int lowUsd) { this.lowSalary = lowUsd; return this; }
    /** This rung is the role's own title: it and every rung above it need what the role requires (ready). */
    @Declaration
    public Rung theRole() { this.roleTitle = true; return this; }
    void atOrAboveRole(boolean value) { this.atOrAboveRole = value; }
    @Declaration
    public Rung from(String section) { this.source = (source == null ? "" : source.split(":")[0]) + ": " + section; return this; }

    public String getRole() { return role; }
    public int getOrder() { return order; }
    public String getId() { return id; }
    public String getTitle() { return title; }
    /** The measure of time at this rung or above, which a "N years as" requirement names. */
    public String getTimeMeasure() { return timeMeasure; }
    public String getSource() { return source; }
    public Integer getMedianSalary() { return medianSalary; }
    public Integer getAverageSalary() { return averageSalary; }
    public Integer getLowSalary() { return lowSalary; }
    public Integer getHighSalary() { return highSalary; }
    public boolean isRoleTitle() { return roleTitle; }
    /** At or above the role's own title: reached only when the role's every required requirement is met. */
    public boolean isAtOrAboveRole() { return atOrAboveRole; }

    @Override public String toString() { return role + "#" + order + " " + id; }
}
