package readiness.facts;

/** The tunable numbers that hold for every role, declared in common.drl. */
public final class Policy {
    private int nearlyReadyMonths = 12;
    private int renewalWindowMonths = 6;
    private int urgentWithinDays = 30;
    private double requiredWeight = 3;
    private double preferredWeight = 1;

    @Declaration
    public Policy nearlyReadyWithin(int months) { nearlyReadyMonths = months; return this; }
    @Declaration
    public Policy renewWithin(int months) { renewalWindowMonths = months; return this; }
    @Declaration
    public Policy urgentWithin(int days) { urgentWithinDays = days; return this; }
    @Declaration
    public Policy weights(double required, double preferred) { requiredWeight = required; preferredWeight = preferred; return this; }

    public int getNearlyReadyMonths() { return nearlyReadyMonths; }
    public int getRenewalWindowMonths() { return renewalWindowMonths; }
    public int getUrgentWithinDays() { return urgentWithinDays; }
    public double getRequiredWeight() { return requiredWeight; }
    public double getPreferredWeight() { return preferredWeight; }
}
