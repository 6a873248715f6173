package readiness.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A role as its rule file declares it. Role files build one with {@link #define}, add rungs and
 * requirements to it, and insert {@link #facts()}: the role, its rungs and its requirements.
 */
public final class Role {
    private final String id;
    private final String title;
    private final String seed;
    private String key;
    private final List<Rung> rungs = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<Rung> rungsView = Collections.unmodifiableList(rungs);
    private final List<Requirement> requirementsView = Collections.unmodifiableList(requirements);

    private Role(String id, String title, String seed) {
        this.id = id;
        this.title = title;
        this.seed = seed;
        this.key = initials(id);
    }

    public static Role define(String id, String title, String seed) {
        return new Role(id, title, seed);
    }

    /**
     * The requirement id prefix, by default the initials of the role id without "of", "and", "the"
     * (clinical-services-director gives csd), so a copied role file with a new id gets new ids.
     */
    @Declaration
    public Role key(String key) {
        this.key = key;
        return this;
    }

    @Declaration
    public Rung rung(int order, String rungId, String rungTitle) {
        Rung rung = new Rung(id, order, rungId, rungTitle, seed);
        rungs.add(rung);
        return rung;
    }

    @Declaration
    public Requirement requirement(String name) {
        Requirement requirement = new Requirement(id, key + "." + name, name, seed);
        requirements.add(requirement);
        return requirement;
    }

    public List<Object> facts() {
        int own = rungs.stream().filter(Rung::isRoleTitle).mapToInt(Rung::getOrder).min().orElse(Integer.MAX_VALUE);
        rungs.forEach(rung -> rung.atOrAboveRole(rung.getOrder() >= own));
        List<Object> facts = new ArrayList<>();
        facts.add(this);
        facts.addAll(rungs);
        facts.addAll(requirements);
        return facts;
    }

    public String getId() { return id; }
    public String getTitle() { return title; }
    public String getSeed() { return seed; }
    public String getKey() { return key; }
    public List<Rung> getRungs() { return rungsView; }
    public List<Requirement> getRequirements() { return requirementsView; }

    static String initials(String id) {
        StringBuilder initials = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty() && !List.of("of", "and", "the").contains(part)) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    @Override public String toString() { return id; }
}
