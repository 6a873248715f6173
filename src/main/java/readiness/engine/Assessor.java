package readiness.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import readiness.domain.DateText;
import readiness.domain.Profile;
import readiness.domain.Suggestions;
import readiness.facts.Action;
import readiness.facts.Credential;
import readiness.facts.Gap;
import readiness.facts.Met;
import readiness.facts.NextStep;
import readiness.facts.PathEstimate;
import readiness.facts.Policy;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.facts.RungReached;
import readiness.facts.Unrecognized;
import readiness.facts.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs the rules for one profile. Thread-safe: the compiled rule base is shared, and a call has a session
 * to itself (one taken from the pool, or a new one; see SessionPool). Two passes: the rules decide met, gaps
 * and steps; Java computes the critical path of the steps; the rules then decide the verdict on it.
 */
public final class Assessor {
    private static final AgendaFilter DECISIONS = match -> !RuleSet.DECLARATIONS.accept(match);

    private final RuleSet rules;
    private final List<Object> declared;
    private final List<Role> roles;
    private final List<String> roleIds;
    private final List<String> rungIds;
    private final Map<String, Action> catalog;
    /** Requirements in the order their role file declares them, as reports list them. */
    private final Comparator<Requirement> declaredOrder;

    /** Whether profiles run in pooled sessions (see SessionPool) or each in a new one. */
    public enum Sessions { REUSED, FRESH }

    private final SessionPool pool;

    /** An assessor whose profiles run in reused sessions: the reports are the same as with fresh ones, and cheaper. */
    public Assessor(RuleSet rules) {
        this(rules, Sessions.REUSED);
    }

    public Assessor(RuleSet rules, Sessions sessions) {
        this.rules = rules;
        this.pool = sessions == Sessions.REUSED && orderFree(rules.kieBase())
                ? new SessionPool(rules.kieBase(), DECISIONS, rules.places()) : null;
        this.declared = rules.declared();
        this.roles = declared.stream().filter(o -> o instanceof Role).map(o -> (Role) o)
                .sorted(Comparator.comparing(Role::getId)).toList();
        Map<String, Action> actions = new LinkedHashMap<>();
        declared.stream().filter(o -> o instanceof Action).map(o -> (Action) o)
                .sorted(Comparator.comparingInt(Action::getPosition)).forEach(a -> actions.put(a.getId(), a));
        this.catalog = java.util.Collections.unmodifiableMap(actions);
        this.roleIds = roles.stream().map(Role::getId).distinct().toList();
        this.rungIds = roles.stream().flatMap(r -> r.getRungs().stream()).map(readiness.facts.Rung::getId).distinct().sorted().toList();
        Map<Requirement, Integer> position = new java.util.IdentityHashMap<>();
        roles.forEach(role -> role.getRequirements().forEach(r -> position.put(r, position.size())));
        this.declaredOrder = Comparator.comparingInt(position::get);
    }

    /**
     * A pooled session has drawn the declarations' own conclusions before the profile arrives, so it gives a fresh
     * session's results only when no rule depends on firing order or agenda state (activation groups, lock-on-active,
     * agenda or rule-flow groups, auto-focus): a rule set using any of them gets fresh sessions.
     */
    private static boolean orderFree(org.kie.api.KieBase kieBase) {
        for (org.kie.api.definition.KiePackage kiePackage : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                org.drools.base.definitions.rule.impl.RuleImpl r = (org.drools.base.definitions.rule.impl.RuleImpl) rule;
                if (r.getActivationGroup() != null || r.isLockOnActive() || r.getAutoFocus() || r.getRuleFlowGroup() != null
                        || (r.getAgendaGroup() != null && !"MAIN".equals(r.getAgendaGroup()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether profiles run in pooled sessions. */
    boolean pooled() {
        return pool != null;
    }

    /** The role ids the rule set defines, sorted. */
    public List<String> roleIds() {
        return roleIds;
    }

    /** Every role as its rule file declares it, with its ladder and requirements, sorted by id. */
    public List<Role> roles() {
        return roles;
    }

    /** The next-step catalog, by action id, in the order catalog.drl declares it. */
    public Map<String, Action> catalog() {
        return catalog;
    }

    public RuleSet ruleSet() {
        return rules;
    }

    /**
     * @param asOfOverride the assessment date if given, else the profile's asOf, else today
     * @param roleOverride role ids to assess if not empty, else the profile's targetRoles, else every role
     */
    public Assessment assess(Profile profile, LocalDate asOfOverride, List<String> roleOverride) throws UnknownReferenceException {
        return assess(profile, asOfOverride, roleOverride, false);
    }

    /**
     * With staged, the rules first run on the declarations alone (deriving an empty profile's gaps),
     * then the profile's facts arrive in reverse order and must withdraw all that no longer holds:
     * the outcome must be the same.
     */
    Assessment assess(Profile profile, LocalDate asOfOverride, List<String> roleOverride, boolean staged)
            throws UnknownReferenceException {
        return assess(profile, asOfOverride, roleOverride, staged, null);
    }

    /** As assess, recording in the trace which rule decided each result and what it looked at. */
    public Assessment assess(Profile profile, LocalDate asOfOverride, List<String> roleOverride, Trace trace)
            throws UnknownReferenceException {
        return assess(profile, asOfOverride, roleOverride, false, trace);
    }

    private Assessment assess(Profile profile, LocalDate asOfOverride, List<String> roleOverride, boolean staged, Trace trace)
            throws UnknownReferenceException {
        LocalDate asOf = asOfOverride != null ? asOfOverride
                : profile.asOf() != null ? DateText.parse(profile.asOf()).first() : LocalDate.now();
        List<String> wanted = selectRoles(!roleOverride.isEmpty() ? roleOverride : profile.targetRoles(),
                !roleOverride.isEmpty() ? "--role" : "targetRoles");
        checkExceptions(profile);
        checkSubstitutedCredentials(profile);
        checkPositions(profile);
        List<Object> inputs = new ArrayList<>(new ProfileFacts(profile, asOf).all());
        if (staged) {
            java.util.Collections.reverse(inputs);
        }
        Facts facts = staged || trace != null || pool == null ? runFresh(declaredFor(wanted), inputs, staged, trace)
                : runReused(wanted, inputs);
        List<RoleOutcome> outcomes = new ArrayList<>();
        for (String roleId : wanted) {
            outcomes.add(facts.outcome(roleId, declaredOrder));
        }
        List<Credential> unrecognized = facts.unrecognized.stream()
                .map(Unrecognized::getCredential)
                .sorted(Comparator.comparing(Credential::getPath))
                .toList();
        return new Assessment(profile.id(), profile.name(), asOf, rules.version(), rules.location(), outcomes, unrecognized,
                facts.jobPositions());
    }

    /** A waiver or substitution must name a requirement the rules define: a typo must never silently do nothing. */
    private void checkExceptions(Profile profile) throws UnknownReferenceException {
        if (profile.waivers().isEmpty() && profile.substitutions().isEmpty()) {
            return;
        }
        List<String> ids = roles.stream().flatMap(r -> r.getRequirements().stream()).map(Requirement::getId).toList();
        List<String> named = new ArrayList<>();
        profile.waivers().forEach(w -> named.add(w.requirement()));
        profile.substitutions().forEach(s -> named.add(s.requirement()));
        for (int i = 0; i < named.size(); i++) {
            String id = named.get(i).trim().toLowerCase(java.util.Locale.ROOT);
            if (!ids.contains(id)) {
                String at = i < profile.waivers().size() ? "waivers[" + i + "]" : "substitutions[" + (i - profile.waivers().size()) + "]";
                throw new UnknownReferenceException(at + ".requirement: unknown requirement \"" + named.get(i) + "\""
                        + Suggestions.didYouMean(id, ids));
            }
        }
    }

    /** A position stated on a job names a ladder rung the rules define: a typo must never silently count nothing. */
    private void checkPositions(Profile profile) throws UnknownReferenceException {
        for (int i = 0; i < profile.experience().size(); i++) {
            String position = profile.experience().get(i).position();
            if (position == null || position.isBlank()) {
                continue;
            }
            String id = position.trim().toLowerCase(java.util.Locale.ROOT);
            if (!rungIds.contains(id)) {
                throw new UnknownReferenceException("experience[" + i + "].position: unknown ladder position \"" + position + "\""
                        + Suggestions.didYouMean(id, rungIds) + "; positions are the rung ids `roles` lists");
            }
        }
    }

    /** A substitution names a credential the profile lists, or it could never apply. */
    private static void checkSubstitutedCredentials(Profile profile) throws UnknownReferenceException {
        if (profile.substitutions().isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>();
        profile.education().forEach(e -> codes.add(e.degree()));
        profile.licenses().forEach(l -> codes.add(l.type()));
        profile.exams().forEach(x -> codes.add(x.name()));
        profile.certifications().forEach(c -> codes.add(c.code()));
        profile.training().forEach(t -> codes.add(t.type()));
        List<String> held = codes.stream().filter(java.util.Objects::nonNull).map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).toList();
        for (int i = 0; i < profile.substitutions().size(); i++) {
            String code = profile.substitutions().get(i).credential();
            if (!held.contains(code.trim().toUpperCase(java.util.Locale.ROOT))) {
                throw new UnknownReferenceException("substitutions[" + i + "].credential: \"" + code
                        + "\" is not among the profile's degrees, licenses, exams, certifications or training");
            }
        }
    }

    /** The role ids to assess: the requested ones, checked and sorted, or every role when none is requested. */
    public List<String> selectRoles(List<String> requested, String from) throws UnknownReferenceException {
        if (requested.isEmpty()) {
            return roleIds;
        }
        List<String> selected = new ArrayList<>();
        for (String id : requested) {
            String roleId = id.trim().toLowerCase(java.util.Locale.ROOT);
            if (!roleIds.contains(roleId)) {
                throw new UnknownReferenceException(from + ": unknown role \"" + id + "\""
                        + Suggestions.didYouMean(roleId, roleIds)
                        + "; known roles: " + String.join(", ", roleIds));
            }
            if (!selected.contains(roleId)) {
                selected.add(roleId);
            }
        }
        selected.sort(Comparator.naturalOrder());
        return selected;
    }

    /** The declarations of the wanted roles only (with the catalog and policy): other roles are not evaluated at all. */
    private List<Object> declaredFor(List<String> wanted) {
        if (wanted.size() == roleIds.size()) {
            return declared;
        }
        return declared.stream().filter(fact -> {
            String role = fact instanceof Role r ? r.getId()
                    : fact instanceof readiness.facts.Rung rung ? rung.getRole()
                    : fact instanceof Requirement requirement ? requirement.getRole() : null;
            return role == null || wanted.contains(role);
        }).toList();
    }

    private Facts runFresh(List<Object> declaredFacts, List<Object> inputs, boolean staged, Trace trace) {
        KieSession session = rules.kieBase().newKieSession();
        if (trace != null) {
            trace.attach(session);
        }
        try {
            declaredFacts.forEach(session::insert);
            if (staged) {
                FiringBudget.fire(session, DECISIONS, rules.places());
            }
            Facts facts = decide(session, inputs, session::insert);
            if (trace != null) {
                trace.finish(session);
            }
            return facts;
        } finally {
            session.dispose();
        }
    }

    private Facts runReused(List<String> wanted, List<Object> inputs) {
        SessionPool.Reusable reusable = pool.borrow(wanted, () -> declaredFor(wanted));
        try {
            Facts facts = decide(reusable.session, inputs, reusable::insert);
            reusable.completed();
            return facts;
        } finally {
            pool.release(reusable);
        }
    }

    /** The two passes on a session holding the declared facts: met, gaps and steps; then the plans and the verdicts. */
    private Facts decide(KieSession session, List<Object> inputs, java.util.function.Consumer<Object> insert) {
        inputs.forEach(insert);
        FiringBudget.fire(session, DECISIONS, rules.places());
        Facts first = new Facts(session.getObjects(), catalog, null);
        for (String roleId : first.roles.keySet()) {
            PathPlanner planner = first.planner(roleId);
            int[] months = planner.monthsToReady();
            insert.accept(new PathEstimate(roleId, months[0], months[1], planner.closesEveryRequiredGap()));
        }
        FiringBudget.fire(session, DECISIONS, rules.places());
        return new Facts(session.getObjects(), catalog, first);
    }

    /** The session's facts, bucketed by type. */
    private static final class Facts {
        final Map<String, Role> roles = new TreeMap<>();
        final List<Met> met = new ArrayList<>();
        /** Gaps and steps by role, each in the order the session gave them. */
        final Map<String, List<Gap>> gaps = new java.util.HashMap<>();
        final Map<String, List<NextStep>> steps = new java.util.HashMap<>();
        final List<RungReached> rungs = new ArrayList<>();
        final Map<String, Verdict> verdicts = new LinkedHashMap<>();
        final List<Unrecognized> unrecognized = new ArrayList<>();
        /** Classes the candidate can count now. */
        final java.util.Set<String> held = new java.util.HashSet<>();
        /** The classes of each credential held but not counted yet (in progress, lapsed, blocked), by profile path. */
        final Map<String, java.util.Set<String>> notCounted = new TreeMap<>();
        final List<readiness.facts.Credential> inProgress = new ArrayList<>();
        final Map<String, readiness.facts.Measure> measures = new java.util.HashMap<>();
        final List<readiness.facts.Job> jobs = new ArrayList<>();
        final List<readiness.facts.Position> positions = new ArrayList<>();
        final Map<String, Action> catalog;
        /** The first pass's facts, whose plans this pass reuses for every role whose steps and gaps did not change. */
        private final Facts firstPass;
        private final Map<String, PathPlanner> planners = new java.util.HashMap<>();
        Policy policy = new Policy();

        Facts(java.util.Collection<?> objects, Map<String, Action> catalog, Facts firstPass) {
            this.catalog = catalog;
            this.firstPass = firstPass;
            for (Object o : objects) {
                if (o instanceof Role r) {
                    roles.put(r.getId(), r);
                } else if (o instanceof Met m) {
                    met.add(m);
                } else if (o instanceof Gap g) {
                    gaps.computeIfAbsent(g.getRequirement().getRole(), k -> new ArrayList<>()).add(g);
                } else if (o instanceof NextStep s) {
                    steps.computeIfAbsent(s.getRole(), k -> new ArrayList<>()).add(s);
                } else if (o instanceof RungReached r) {
                    rungs.add(r);
                } else if (o instanceof Verdict v) {
                    verdicts.put(v.getRole(), v);
                } else if (o instanceof Unrecognized u) {
                    unrecognized.add(u);
                } else if (o instanceof readiness.facts.Qualification q) {
                    if (q.isValid()) {
                        held.add(q.getName());
                    } else {
                        notCounted.computeIfAbsent(q.getCredential().getPath(), k -> new java.util.TreeSet<>()).add(q.getName());
                        if (q.isInProgress() && !inProgress.contains(q.getCredential())) {
                            inProgress.add(q.getCredential());
                        }
                    }
                } else if (o instanceof Policy p) {
                    policy = p;
                } else if (o instanceof readiness.facts.Measure m) {
                    measures.put(m.getName(), m);
                } else if (o instanceof readiness.facts.Job j) {
                    jobs.add(j);
                } else if (o instanceof readiness.facts.Position p) {
                    positions.add(p);
                }
            }
        }

        List<NextStep> steps(String roleId) {
            return steps.getOrDefault(roleId, List.of());
        }

        List<Gap> gaps(String roleId) {
            return gaps.getOrDefault(roleId, List.of());
        }

        /** The role's plan, made once: the verdict pass only adds steps for a ready role, which then gets a new one. */
        PathPlanner planner(String roleId) {
            PathPlanner planner = planners.get(roleId);
            if (planner == null) {
                planner = firstPass != null && sameInputs(firstPass, roleId) ? firstPass.planner(roleId) : plan(roleId);
                planners.put(roleId, planner);
            }
            return planner;
        }

        /** The same credentials counted, and the same step and gap facts for the role (facts Drools kept are the same objects). */
        private boolean sameInputs(Facts other, String roleId) {
            return held.equals(other.held) && notCounted.equals(other.notCounted) && inProgress.equals(other.inProgress)
                    && sameFacts(steps(roleId), other.steps(roleId))
                    && sameFacts(gaps(roleId), other.gaps(roleId));
        }

        private static boolean sameFacts(List<?> a, List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            java.util.Set<Object> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            set.addAll(a);
            return b.stream().allMatch(set::contains);
        }

        private PathPlanner plan(String roleId) {
            List<Requirement> gapRequirements = gaps(roleId).stream().map(Gap::getRequirement)
                    .filter(r -> Requirement.QUALIFICATION.equals(r.getKind())).toList();
            List<readiness.facts.Credential> working = inProgress.stream()
                    .sorted(Comparator.comparingInt(readiness.facts.Credential::getMonthsToComplete)
                            .thenComparing(readiness.facts.Credential::getPath)).toList();
            return new PathPlanner(steps(roleId), catalog, held, notCounted, working, gapRequirements, requiredGapRequirements(roleId));
        }

        List<Requirement> requiredGapRequirements(String roleId) {
            return gaps(roleId).stream().map(Gap::getRequirement).filter(Requirement::isRequired).toList();
        }

        /**
         * Of several ways a requirement is met, the one the report shows: an advisor's waiver or substitution first (an
         * exception is never silent), then a credential held outright, in the order the requirement lists its classes (an
         * RN license before an NP license, an MSN before the BSN route), then one accepted with a caveat, then a route the
         * role file explains.
         */
        private static final Comparator<Met> SHOWN_FIRST = Comparator.comparingInt(Facts::kindOfMet)
                .thenComparingInt(Facts::acceptedAt)
                .thenComparing(Facts::profileOrder)
                .thenComparing(Met::getDetail);

        private static int acceptedAt(Met met) {
            int at = met.getQualification() == null ? 0 : met.getRequirement().getAccepts().indexOf(met.getQualification().getName());
            return at < 0 ? Integer.MAX_VALUE : at;
        }

        /** Where the credential is in the profile, "education[2]" before "education[10]": of an MSN and a later DNP, the MSN. */
        private static String profileOrder(Met met) {
            String path = met.getQualification() == null ? null : met.getQualification().getCredential().getPath();
            int open = path == null ? -1 : path.indexOf('[');
            int close = open < 0 ? -1 : path.indexOf(']', open);
            if (close < 0) {
                return path == null ? "" : path;
            }
            return path.substring(0, open) + "[" + "0".repeat(Math.max(0, 9 - (close - open - 1))) + path.substring(open + 1);
        }

        private static int kindOfMet(Met met) {
            if (met.getException() != null) {
                return 0;
            }
            if (met.getQualification() == null) {
                return 3;
            }
            return met.getRequirement().noteFor(met.getQualification().getName()) == null ? 1 : 2;
        }

        RoleOutcome outcome(String roleId, Comparator<Requirement> declaredOrder) {
            Role role = roles.get(roleId);
            Map<Requirement, Met> metByRequirement = new TreeMap<>(declaredOrder);
            met.stream()
                    .filter(m -> m.getRequirement().getRole().equals(roleId))
                    .forEach(m -> metByRequirement.merge(m.getRequirement(), m, (a, b) -> SHOWN_FIRST.compare(a, b) <= 0 ? a : b));
            List<Met> roleMet = metByRequirement.values().stream().filter(m -> m.getRequirement().isScored()
                    || Requirement.OPTIONAL.equals(m.getRequirement().getSeverity())).toList();
            List<Gap> roleGaps = gaps(roleId).stream()
                    .sorted(Comparator.comparing((Gap g) -> !g.getRequirement().isRequired())
                            .thenComparing(Gap::getRequirement, declaredOrder))
                    .toList();
            PathPlanner planner = planner(roleId);
            int[] months = planner.monthsToReady();
            RungReached top = rungs.stream()
                    .filter(r -> r.getRung().getRole().equals(roleId))
                    .max(Comparator.comparingInt(r -> r.getRung().getOrder()))
                    .orElse(null);
            return new RoleOutcome(role, Objects.requireNonNull(verdicts.get(roleId), "no verdict for " + roleId),
                    score(metByRequirement.keySet(), roleGaps), top == null ? null : top.getRung(), roleMet, roleGaps,
                    planner.ordered(), months[0], months[1], ladder(role, metByRequirement, roleGaps));
        }

        /** Each rung with whether it is reached and how each of its conditions stands, as the rules decided them. */
        private List<RungStatus> ladder(Role role, Map<Requirement, Met> metByRequirement, List<Gap> roleGaps) {
            List<Requirement> requiredGaps = roleGaps.stream().map(Gap::getRequirement).filter(Requirement::isRequired).toList();
            List<RungStatus> ladder = new ArrayList<>();
            for (readiness.facts.Rung rung : role.getRungs()) {
                List<RungStatus.Condition> conditions = new ArrayList<>();
                if (rung.isAtOrAboveRole()) {
                    conditions.add(RungStatus.ready(requiredGaps.stream().map(Requirement::getId).toList()));
                }
                for (Requirement r : role.getRequirements()) {
                    if (!r.getRungs().contains(rung.getOrder()) || (rung.isAtOrAboveRole() && r.isRequired())) {
                        continue;
                    }
                    Met met = metByRequirement.get(r);
                    conditions.add(new RungStatus.Condition(r.getId(), r.getNeed(), met != null,
                            met != null ? met.getDetail() : unmet(r)));
                }
                boolean reached = rungs.stream().anyMatch(reachedRung -> reachedRung.getRung() == rung);
                ladder.add(new RungStatus(rung, reached, conditions));
            }
            return ladder;
        }

        /** What the candidate has toward a rung condition that is not met. */
        private String unmet(Requirement r) {
            readiness.facts.Measure m = r.getMeasure() == null ? null : measures.get(r.getMeasure());
            if (m != null) {
                return m.getYearsText() + " of " + readiness.facts.Years.ofMonthsWithUnit(r.getMinMonths()) + " of "
                        + m.getLabel() + " (" + m.getExplanation() + ")";
            }
            return "not met";
        }

        /** Each job with the ladder positions the rules classified it at (or the one the profile states). */
        List<JobPositions> jobPositions() {
            return jobs.stream().sorted(Comparator.comparingInt(readiness.facts.Job::getIndex))
                    .map(job -> new JobPositions(job, positions.stream().filter(p -> p.getJob().equals(job))
                            .sorted(Comparator.comparing((readiness.facts.Position p) -> p.getRung().getRole())
                                    .thenComparingInt(p -> p.getRung().getOrder()))
                            .toList()))
                    .toList();
        }

        /** Weighted share of the scored requirements met; a years or skills gap counts for its part done. */
        private double score(java.util.Set<Requirement> metRequirements, List<Gap> roleGaps) {
            double total = 0;
            double earned = 0;
            for (Requirement r : metRequirements) {
                if (r.isScored()) {
                    total += weight(r);
                    earned += weight(r);
                }
            }
            for (Gap gap : roleGaps) {
                total += weight(gap.getRequirement());
                earned += weight(gap.getRequirement()) * gap.getProgress();
            }
            return total == 0 ? 1 : Math.round(earned / total * 100) / 100.0;
        }

        private double weight(Requirement requirement) {
            return requirement.isRequired() ? policy.getRequiredWeight() : policy.getPreferredWeight();
        }
    }
}
