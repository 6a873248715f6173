package readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An entry of the next-step catalog: what closing a gap takes, in months and US dollars. */
public final class Action {
    private final String id;
    private final String label;
    private Integer monthsMin;
    private Integer monthsMax;
    private int costMin;
    private int costMax;
    private boolean estimate;
    private String source = "";
    private final List<String> prerequisites = new ArrayList<>();
    private final List<String> prerequisitesView = Collections.unmodifiableList(prerequisites);
    private String grants;
    private boolean monthsFromGap;
    private int jobSearchOrder;

    public Action(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public Action months(int min, int max) { monthsMin = min; monthsMax = max; return this; }
    public Action costUsd(int min, int max) { costMin = min; costMax = max; return this; }
    /** The seeds do not give this figure: it is general knowledge, shown as an estimate. */
    public Action estimate() { estimate = true; return this; }
    public Action from(String seedAndSection) { source = seedAndSection; return this; }
    /** Actions that must come first, unless the candidate already holds what they grant. */
    public Action requires(String... actionIds) { prerequisites.addAll(List.of(actionIds)); return this; }
    /** The qualification class holding which shows this action is already done. */
    public Action grants(String qualificationName) { grants = qualificationName; return this; }
    /** Experience: the months are the missing years of the gap it closes. */
    public Action monthsFromGap() { monthsFromGap = true; return this; }
    /** A job-search step shown when a role is ready, in this order. */
    public Action jobSearch(int order) { jobSearchOrder = order; return this; }

    public String getId() { return id; }
    public String getLabel() { return label; }
    public Integer getMonthsMin() { return monthsMin; }
    public Integer getMonthsMax() { return monthsMax; }
    public int getCostMin() { return costMin; }
    public int getCostMax() { return costMax; }
    public boolean isEstimate() { return estimate; }
    public String getSource() { return source; }
    public List<String> getPrerequisites() { return prerequisitesView; }
    public String getGrants() { return grants; }
    public boolean isMonthsFromGap() { return monthsFromGap; }
    public boolean isJobSearch() { return jobSearchOrder > 0; }
    public int getJobSearchOrder() { return jobSearchOrder; }

    @Override public String toString() { return id; }
}
