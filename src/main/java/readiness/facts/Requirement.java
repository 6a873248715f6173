package readiness.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One requirement of a role, declared in its rule file. How it is met is one of three kinds:
 * a qualification of an accepted class, a years measure reaching a minimum, or enough of a list
 * of skills. The generic rules in common.drl decide it; role files may add rules of their own
 * (an alternative path) that insert a {@link Met} for it.
 */
public final class Requirement {
    public static final String QUALIFICATION = "qualification";
    public static final String YEARS = "years";
    public static final String SKILLS = "skills";

    public static final String REQUIRED = "required";
    public static final String PREFERRED = "preferred";
    /** Reported when held, never a gap: the seed names it as optional. */
    public static final String OPTIONAL = "optional";
    /** Only a condition of ladder rungs, not of readiness for the role. */
    public static final String LADDER = "ladder";

    private final String role;
    private final String id;
    private final String name;
    private String source;
    private String category;
    private String severity;
    private String need;
    private String kind;
    private final List<String> accepts = new ArrayList<>();
    private final List<String> acceptsView = Collections.unmodifiableList(accepts);
    private String measure;
    private int minMonths;
    private final List<String> skills = new ArrayList<>();
    private final List<String> skillsView = Collections.unmodifiableList(skills);
    private int minSkills;
    private String closedBy;
    private final Set<Integer> rungs = new TreeSet<>();
    private final Set<Integer> rungsView = Collections.unmodifiableSet(rungs);
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> credentialKinds = new ArrayList<>();
    private final List<String> credentialKindsView = Collections.unmodifiableList(credentialKinds);
    private final Map<String, Double> parameters = new LinkedHashMap<>();

    Requirement(String role, String id, String name, String seed) {
        this.role = role;
        this.id = id;
        this.name = name;
        this.source = seed;
    }

    @Declaration
    public Requirement education() { category = "education"; return this; }
    @Declaration
    public Requirement licensing() { category = "licensing"; return this; }
    @Declaration
    public Requirement exam() { category = "exam"; return this; }
    @Declaration
    public Requirement training() { category = "training"; return this; }
    @Declaration
    public Requirement experience() { category = "experience"; return this; }
    @Declaration
    public Requirement certification() { category = "certification"; return this; }
    @Declaration
    public Requirement skill() { category = "skill"; return this; }

    @Declaration
    public Requirement required() { severity = REQUIRED; return this; }
    @Declaration
    public Requirement preferred() { severity = PREFERRED; return this; }
    @Declaration
    public Requirement optional() { severity = OPTIONAL; return this; }
    @Declaration
    public Requirement ladderOnly() { severity = LADDER; return this; }

    @Declaration
    public Requirement need(String text) { need = text; return this; }

    /** The section of the role's own seed this requirement encodes. */
    @Declaration
    public Requirement from(String section) { source = (source == null ? "" : source.split(":")[0]) + ": " + section; return this; }

    /** A section of another seed: "003_88c676014f811f5a.txt: Job Requirements". */
    @Declaration
    public Requirement fromSeed(String seedAndSection) { source = seedAndSection; return this; }

    @Declaration
    public Requirement metBy(String... qualificationNames) {
        kind = QUALIFICATION;
        accepts.addAll(List.of(qualificationNames));
        return this;
    }

    /** At least this many years of the measure; compared in whole months (2.5 years is 30 months). */
    @Declaration
    public Requirement years(String measureName, double minimum) {
        kind = YEARS;
        measure = measureName;
        minMonths = Years.toMonths(minimum);
        return this;
    }

    /** At least this many years in positions at this ladder rung or a higher one of its ladder. */
    @Declaration
    public Requirement yearsAs(String rungId, double minimum) {
        return years(Measure.timeAsName(rungId), minimum);
    }

    @Declaration
    public Requirement skills(int minimum, String... names) {
        kind = SKILLS;
        minSkills = minimum;
        for (String skillName : names) {
            skills.add(skillName.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    @Declaration
    public Requirement closedBy(String actionId) { closedBy = actionId; return this; }

    /** Makes this requirement a condition of these ladder rungs too. */
    @Declaration
    public Requirement forRungs(int... orders) {
        for (int order : orders) {
            rungs.add(order);
        }
        return this;
    }

    /** Adds a remark to the met line when the requirement is met by this class of qualification. */
    @Declaration
    public Requirement noteWhenMetBy(String qualificationName, String note) {
        notes.put(qualificationName, note);
        return this;
    }

    /** A named number for a role file's own rules about this requirement (an alternative path's threshold). */
    @Declaration
    public Requirement with(String parameterName, double value) {
        parameters.put(parameterName, value);
        return this;
    }

    /** A years parameter in whole months, as experience is compared. */
    public int parameterMonths(String parameterName) {
        return Years.toMonths(parameter(parameterName));
    }

    public double parameter(String parameterName) {
        Double value = parameters.get(parameterName);
        if (value == null) {
            throw new IllegalArgumentException(id + " has no parameter " + parameterName);
        }
        return value;
    }

    /** Whether any of these classes is one the requirement accepts (what a catalog action grants, for a bridge). */
    public boolean acceptsAny(Collection<String> classes) {
        for (String accepted : acceptsView) {
            if (classes.contains(accepted)) {
                return true;
            }
        }
        return false;
    }

    /** A held skill counts when it names a listed skill or a listed skill names it ("epic ehr" and "epic"). */
    public boolean acceptsSkill(String skillName) {
        for (String listed : skills) {
            if (skillName.equals(listed) || containsWord(skillName, listed) || containsWord(listed, skillName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether phrase occurs in text as whole words, without building padded copies of either. */
    private static boolean containsWord(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || text.charAt(at - 1) == ' ') && (end == text.length() || text.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    public boolean isScored() { return REQUIRED.equals(severity) || PREFERRED.equals(severity); }
    public boolean isRequired() { return REQUIRED.equals(severity); }

    public String getRole() { return role; }
    public String getId() { return id; }
    public String getName() { return name; }
    public String getSource() { return source; }
    public String getCategory() { return category; }
    public String getSeverity() { return severity; }
    public String getNeed() { return need; }
    public String getKind() { return kind; }
    // Read-only views made once, not copies: the rule network reads these in its joins for every candidate.
    public List<String> getAccepts() { return acceptsView; }
    public String getMeasure() { return measure; }
    public int getMinMonths() { return minMonths; }
    public double getMinYears() { return minMonths / 12.0; }
    /** The credential kinds (degree, license...) that can hold an accepted class: what a gap's "have" looks at. */
    public List<String> getCredentialKinds() { return credentialKindsView; }

    /** Set once when the rule set loads, from what the vocabulary classifies. */
    @Declaration
    public void credentialKinds(java.util.Collection<String> kinds) {
        credentialKinds.clear();
        credentialKinds.addAll(new TreeSet<>(kinds));
    }
    public List<String> getSkills() { return skillsView; }
    public int getMinSkills() { return minSkills; }
    public String getClosedBy() { return closedBy; }
    public Set<Integer> getRungs() { return rungsView; }
    public String noteFor(String qualificationName) { return notes.get(qualificationName); }

    @Override public String toString() { return id; }
}
