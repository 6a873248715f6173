package readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An entry of the next-step catalog: what closing a gap takes, in months and US dollars. What an
 * action needs first and what it gives are credential classes, so a plan never asks for what the
 * candidate holds, and one step that gives several classes (a BSN is a bachelor's) serves them all.
 */
public final class Action {
    private final String id;
    private final String label;
    private Integer monthsMin;
    private Integer monthsMax;
    private int costMin;
    private int costMax;
    private boolean estimate;
    private boolean uncertain;
    private String source = "";
    private final List<String> requires = new ArrayList<>();
    private final List<String> requiresView = Collections.unmodifiableList(requires);
    private final List<String> requiresHeld = new ArrayList<>();
    private final List<String> requiresHeldView = Collections.unmodifiableList(requiresHeld);
    private final List<String> grants = new ArrayList<>();
    private final List<String> grantsView = Collections.unmodifiableList(grants);
    private String restoresKind;
    private final List<String> restores = new ArrayList<>();
    private final List<String> restoresView = Collections.unmodifiableList(restores);
    private boolean monthsFromGap;
    private int jobSearchOrder;

    private final int position;

    /** @param position its place in the catalog as declared: ties between equally good actions go to the first */
    public Action(String id, String label, int position) {
        this.id = id;
        this.label = label;
        this.position = position;
    }

    @Declaration
    public Action months(int min, int max) { monthsMin = min; monthsMax = max; return this; }
    @Declaration
    public Action costUsd(int min, int max) { costMin = min; costMax = max; return this; }
    /** The seeds do not give this figure: it is general knowledge, shown as an estimate. */
    @Declaration
    public Action estimate() { estimate = true; return this; }
    /** Its outcome is not the candidate's to decide (a revoked license): it never counts as closing a gap. */
    @Declaration
    public Action uncertain() { uncertain = true; return this; }
    @Declaration
    public Action from(String seedAndSection) { source = seedAndSection; return this; }
    /** Credential classes needed first; the plan adds a step for each one the candidate does not hold. */
    @Declaration
    public Action requires(String... classes) { requires.addAll(List.of(classes)); return this; }
    /** A bridge: offered only to a candidate who holds (or will hold, by another step) these classes. */
    @Declaration
    public Action bridgeFrom(String... classes) { requiresHeld.addAll(List.of(classes)); return this; }
    /** The credential classes holding which shows this action is done. */
    @Declaration
    public Action grants(String... classes) { grants.addAll(List.of(classes)); return this; }
    /** Restores a held credential of this kind in one of these standings (expired, suspended...). */
    @Declaration
    public Action restores(String credentialKind, String... standings) {
        restoresKind = credentialKind;
        restores.addAll(List.of(standings));
        return this;
    }
    /** Experience: the months are the missing months of the gap it closes. */
    @Declaration
    public Action monthsFromGap() { monthsFromGap = true; return this; }
    /** A job-search step shown when a role is ready, in this order. */
    @Declaration
    public Action jobSearch(int order) { jobSearchOrder = order; return this; }

    public String getId() { return id; }
    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public Integer getMonthsMin() { return monthsMin; }
    public Integer getMonthsMax() { return monthsMax; }
    public int getCostMin() { return costMin; }
    public int getCostMax() { return costMax; }
    public boolean isEstimate() { return estimate; }
    public boolean isUncertain() { return uncertain; }
    public String getSource() { return source; }
    public List<String> getRequires() { return requiresView; }
    public List<String> getBridgeFrom() { return requiresHeldView; }
    public List<String> getGrants() { return grantsView; }
    public String getRestoresKind() { return restoresKind; }
    public List<String> getRestores() { return restoresView; }
    public boolean isMonthsFromGap() { return monthsFromGap; }
    public boolean isJobSearch() { return jobSearchOrder > 0; }
    public int getJobSearchOrder() { return jobSearchOrder; }

    @Override public String toString() { return id; }
}
