package readiness.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.domain.Suggestions;
import readiness.facts.Action;
import readiness.facts.Qualification;
import readiness.facts.Requirement;
import readiness.facts.Role;
import readiness.facts.Rung;
import readiness.facts.Years;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The checks Drools cannot make: every role declares an id, a title and a ladder; every
 * requirement has an id, category, severity, need, test, next step and source; ids are unique;
 * credential classes and catalog actions named exist; thresholds are sane. Each problem is reported at
 * file:line:col. What rule code may reach is checked before this, by RuleCodeCheck and BytecodeCheck.
 */
final class RuleSetValidator {
    static final Set<String> CATEGORIES = Set.of("education", "licensing", "exam", "training", "experience", "certification", "skill");
    static final Set<String> SEVERITIES = Set.of(Requirement.REQUIRED, Requirement.PREFERRED, Requirement.OPTIONAL, Requirement.LADDER);
    static final Set<String> MEASURES = Set.of("years.clinical", "years.supervisory", "years.management", "years.executive",
            "years.administrative", "years.physician-practice", "years.other", "years.leadership", "years.healthcare",
            "years.post-residency-practice", "years.post-residency", "years.since-residency");
    /** "document: section": any document a counselor works from (the shipped roles name the seeds, 000_....txt). */
    private static final Pattern SOURCE = Pattern.compile("[^:]*\\S: *\\S.*");
    /** Every code the contract lists, in a state that counts, so the vocabulary shows every class it can produce. */
    private static final String PROBE = """
            {"id": "probe",
             "education": [%s],
             "licenses": [{"type": "RN"}, {"type": "LPN"}, {"type": "NP"}, {"type": "PT"}, {"type": "LCSW"}, {"type": "MEDICAL"},
                          {"type": "APRN"}, {"type": "LVN"}, {"type": "OT"}, {"type": "PA"}],
             "exams": [{"name": "NCLEX-RN"}, {"name": "NCLEX-PN"}, {"name": "USMLE"}, {"name": "COMLEX-USA"}],
             "certifications": [%s],
             "boardCertifications": [{"specialty": "internal medicine"}],
             "training": [{"type": "residency", "specialty": "healthcare administration"}, {"type": "fellowship", "specialty": "healthcare management"},
                          {"type": "administrative-residency"}]}
            """;

    private final List<RuleFile> files;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> rungIds = new TreeSet<>();
    private Map<String, Set<String>> classKinds = Map.of();

    /** Each class the vocabulary produces, with the credential kinds (degree, license...) that hold it; after checkDeclarations. */
    Map<String, Set<String>> classKinds() {
        return classKinds;
    }

    RuleSetValidator(List<RuleFile> files) {
        this.files = files;
    }

    List<String> checkDeclarations(List<Object> declared, KieBase kieBase, Map<String, RulePlace> places) {
        Map<String, Set<String>> vocabulary;
        try {
            vocabulary = classesTheVocabularyProduces(kieBase, declared, places);
        } catch (RuleRunException e) {
            checkSomeRole(declared);
            problems.add(e.getMessage());
            return problems;
        }
        return checkDeclarations(declared, vocabulary);
    }

    private void checkSomeRole(List<Object> declared) {
        if (declared.stream().noneMatch(Role.class::isInstance)) {
            problems.add(files.get(0).displayPath().replaceAll("/[^/]*$", "") + ":1:1: no role is declared (a role file calls Role.define(id, title, seed))");
        }
    }

    /** The same checks, given what the vocabulary produces (as a compile of the same files found it: the compile cache keeps it). */
    List<String> checkDeclarations(List<Object> declared, Map<String, Set<String>> vocabulary) {
        classKinds = vocabulary;
        List<Role> roles = new ArrayList<>();
        Map<String, Action> catalog = new java.util.TreeMap<>();
        for (Object fact : declared) {
            if (fact instanceof Role role) {
                roles.add(role);
            } else if (fact instanceof Action action) {
                catalog.put(action.getId(), action);
            }
        }
        // the declarations arrive in the order the rules fired, which varies from run to run
        roles.sort(java.util.Comparator.comparing(Role::getId));
        checkSomeRole(declared);
        Set<String> classes = classKinds.keySet();
        rungIds.clear();
        roles.forEach(role -> role.getRungs().forEach(rung -> rungIds.add(rung.getId())));
        Map<String, Role> roleIds = new HashMap<>();
        Map<String, Requirement> requirementIds = new HashMap<>();
        for (Role role : roles) {
            String at = locate("Role.define(\"" + role.getId() + "\"");
            if (role.getTitle() == null || role.getTitle().isBlank()) {
                problems.add(at + "role " + role.getId() + " has no title");
            }
            if (roleIds.putIfAbsent(role.getId(), role) != null) {
                problems.add(at + "role id " + role.getId() + " is declared twice");
            }
            if (!namesItsSource(role)) {
                problems.add(at + "role " + role.getId() + " names no source document: give the file it encodes, without a colon,"
                        + " as Role.define's third argument (Role.define(\"" + role.getId() + "\", \"Title\", \"job-posting.txt\"))");
            }
            checkLadder(role, at);
            for (Requirement r : role.getRequirements()) {
                checkRequirement(role, r, catalog, classes);
                Requirement earlier = requirementIds.putIfAbsent(r.getId(), r);
                if (earlier != null) {
                    problems.add(locate("requirement(\"" + r.getName() + "\")", role.getId()) + "requirement id " + r.getId()
                            + " is declared twice (roles " + earlier.getRole() + " and " + r.getRole()
                            + "); change the role's key with .key(...) or the requirement's name");
                }
            }
        }
        for (Action action : catalog.values()) {
            String at = locate("action(\"" + action.getId() + "\"");
            for (String granted : action.getGrants()) {
                if (!classes.contains(granted)) {
                    problems.add(at + "action " + action.getId() + " grants \"" + granted
                            + "\", a class no vocabulary rule produces" + Suggestions.didYouMean(granted, classes));
                }
            }
            for (String needed : concat(action.getRequires(), action.getBridgeFrom())) {
                if (!classes.contains(needed)) {
                    problems.add(at + "action " + action.getId() + " needs \"" + needed
                            + "\" first, a class no vocabulary rule produces" + Suggestions.didYouMean(needed, classes));
                }
            }
            if (action.getMonthsMin() != null && (action.getMonthsMin() < 0 || action.getMonthsMax() < action.getMonthsMin())) {
                problems.add(at + "action " + action.getId() + " has months " + action.getMonthsMin() + "-" + action.getMonthsMax()
                        + ": use 0 or more, min before max");
            }
            if (action.getCostMin() < 0 || action.getCostMax() < action.getCostMin()) {
                problems.add(at + "action " + action.getId() + " has cost " + action.getCostMin() + "-" + action.getCostMax()
                        + ": use 0 or more, min before max");
            }
        }
        return inFileOrder(problems);
    }

    private static final Pattern PLACE = Pattern.compile("^(.*?):(\\d+):(\\d+): ");

    /** As a compiler lists them: by file, line and column, so the same files give the same list on every run. */
    static List<String> inFileOrder(List<String> problems) {
        problems.sort(java.util.Comparator.comparing((String p) -> place(p, 1), java.util.Comparator.nullsLast(String::compareTo))
                .thenComparingInt(p -> number(place(p, 2)))
                .thenComparingInt(p -> number(place(p, 3))));
        return problems;
    }

    private static String place(String problem, int part) {
        java.util.regex.Matcher m = PLACE.matcher(problem);
        return m.find() ? m.group(part) : null;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void checkLadder(Role role, String at) {
        if (role.getRungs().isEmpty()) {
            problems.add(at + "role " + role.getId() + " declares no ladder: add at least one role.rung(...)");
            return;
        }
        long own = role.getRungs().stream().filter(Rung::isRoleTitle).count();
        if (own != 1) {
            problems.add(at + "role " + role.getId() + (own == 0 ? " does not say which rung is the role itself: add .theRole() to that rung"
                    : " marks " + own + " rungs with .theRole(): mark only the rung that is the role itself")
                    + " (it and the rungs above need every required requirement)");
        }
        Set<String> rungIds = new HashSet<>();
        int expected = 1;
        for (Rung rung : role.getRungs()) {
            String rungAt = locate("rung(" + rung.getOrder() + ", \"" + rung.getId() + "\"", role.getId());
            if (rung.getOrder() != expected) {
                problems.add(rungAt + "rung " + rung.getId() + " has order " + rung.getOrder() + "; rungs are numbered 1, 2, 3... in order");
            }
            expected = rung.getOrder() + 1;
            if (!rungIds.add(rung.getId())) {
                problems.add(rungAt + "rung id " + rung.getId() + " is used twice in " + role.getId());
            }
            if (role.getRequirements().stream().noneMatch(r -> r.getRungs().contains(rung.getOrder()))) {
                problems.add(rungAt + "rung " + rung.getId() + " has no conditions: mark requirements with .forRungs("
                        + rung.getOrder() + ")");
            }
        }
        // The most years a rung asks of a measure never goes down as the ladder goes up.
        Map<String, double[]> highest = new HashMap<>();
        for (Rung rung : role.getRungs()) {
            Map<String, Requirement> strictest = new HashMap<>();
            for (Requirement r : role.getRequirements()) {
                if (Requirement.YEARS.equals(r.getKind()) && r.getRungs().contains(rung.getOrder())) {
                    strictest.merge(r.getMeasure(), r, (a, b) -> a.getMinYears() >= b.getMinYears() ? a : b);
                }
            }
            for (Requirement r : strictest.values()) {
                double[] before = highest.get(r.getMeasure());
                if (before != null && r.getMinYears() < before[0]) {
                    problems.add(locate("requirement(\"" + r.getName() + "\")", role.getId()) + "the ladder does not ascend: rung "
                            + rung.getOrder() + " asks " + r.getMeasure() + " >= " + Years.format(r.getMinYears())
                            + ", less than rung " + (int) before[1] + "'s " + Years.format(before[0]));
                } else {
                    highest.put(r.getMeasure(), new double[] {r.getMinYears(), rung.getOrder()});
                }
            }
        }
    }

    /** The role's source document, which each requirement's .from(section) cites. */
    private static boolean namesItsSource(Role role) {
        return role.getSeed() != null && !role.getSeed().isBlank() && !role.getSeed().contains(":");
    }

    private void checkRequirement(Role role, Requirement r, Map<String, Action> catalog, Set<String> classes) {
        String at = locate("requirement(\"" + r.getName() + "\")", role.getId());
        String id = r.getId();
        if (r.getCategory() == null || !CATEGORIES.contains(r.getCategory())) {
            problems.add(at + id + " has no category: add .education(), .licensing(), .exam(), .training(), .experience(), .certification() or .skill()");
        }
        if (r.getSeverity() == null || !SEVERITIES.contains(r.getSeverity())) {
            problems.add(at + id + " has no severity: add .required(), .preferred(), .optional() or .ladderOnly()");
        }
        if (r.getNeed() == null || r.getNeed().isBlank()) {
            problems.add(at + id + " has no need: add .need(\"what the role asks, in words\")");
        }
        if (namesItsSource(role) && (r.getSource() == null || !SOURCE.matcher(r.getSource()).matches())) {
            problems.add(at + id + " has no source section: add .from(\"section of the seed\")");
        }
        if (r.getKind() == null) {
            problems.add(at + id + " has no test: add .metBy(classes...), .years(measure, minimum) or .skills(minimum, names...)");
        } else if (r.getKind().equals(Requirement.QUALIFICATION)) {
            for (String name : r.getAccepts()) {
                if (!classes.contains(name)) {
                    problems.add(at + id + " accepts \"" + name + "\", a class no vocabulary rule produces" + Suggestions.didYouMean(name, classes));
                }
            }
            Action closer = r.getClosedBy() == null ? null : catalog.get(r.getClosedBy());
            if (closer != null && closer.getGrants().stream().noneMatch(r.getAccepts()::contains)) {
                problems.add(at + id + " is closed by \"" + closer.getId() + "\", which grants none of the classes it accepts ("
                        + String.join(", ", r.getAccepts()) + "): following that step would not close the gap");
            }
        } else if (r.getKind().equals(Requirement.YEARS)) {
            boolean timeAs = r.getMeasure() != null && r.getMeasure().startsWith("years.as.");
            if (timeAs && !rungIds.contains(r.getMeasure().substring("years.as.".length()))) {
                String rung = r.getMeasure().substring("years.as.".length());
                problems.add(at + id + " counts time as \"" + rung + "\", which is not a rung of any ladder"
                        + Suggestions.didYouMean(rung, rungIds));
            } else if (!timeAs && !MEASURES.contains(r.getMeasure())) {
                problems.add(at + id + " counts \"" + r.getMeasure() + "\", which is not a measure" + Suggestions.didYouMean(r.getMeasure(), MEASURES)
                        + "; measures: " + String.join(", ", new TreeSet<>(MEASURES)));
            }
            if (r.getMinYears() < 0) {
                problems.add(at + id + " asks for " + r.getMinYears() + " years: a threshold cannot be negative");
            }
        } else if (r.getKind().equals(Requirement.SKILLS) && (r.getMinSkills() < 1 || r.getMinSkills() > r.getSkills().size())) {
            problems.add(at + id + " asks for " + r.getMinSkills() + " of " + r.getSkills().size() + " listed skills");
        }
        if (r.getClosedBy() == null) {
            problems.add(at + id + " names no next step: add .closedBy(\"catalog action id\")");
        } else if (!catalog.containsKey(r.getClosedBy())) {
            problems.add(at + id + " is closed by \"" + r.getClosedBy() + "\", which is not in the catalog"
                    + Suggestions.didYouMean(r.getClosedBy(), catalog.keySet()));
        }
        for (int order : r.getRungs()) {
            if (role.getRungs().stream().noneMatch(rung -> rung.getOrder() == order)) {
                problems.add(at + id + " is a condition of rung " + order + ", which " + role.getId() + " does not have");
            }
        }
    }

    /** Runs the vocabulary on a probe holding every known code; each class it produces, with the credential kinds that hold it. */
    private static Map<String, Set<String>> classesTheVocabularyProduces(KieBase kieBase, List<Object> declared,
                                                                         Map<String, RulePlace> places) {
        StringBuilder degrees = new StringBuilder();
        for (String code : List.of("ASSOCIATE", "ADN", "AS", "AA", "AAS", "BA", "BS", "BBA", "BHA", "BSN", "MSN", "MHA", "MSHA", "MSHSA",
                "MPH", "MBA", "MSW", "MS", "MA", "DPT", "DNP", "DHA", "PHD", "EDD", "MD", "DO")) {
            for (String field : List.of("nursing", "health administration", "business administration")) {
                degrees.append(degrees.isEmpty() ? "" : ",").append("{\"degree\": \"").append(code).append("\", \"field\": \"")
                        .append(field).append("\", \"healthcareFocus\": true}");
            }
        }
        StringBuilder certifications = new StringBuilder();
        for (String code : List.of("FACHE", "CHE", "CPHQ", "LSSGB", "LSSBB", "CMM", "CHAP", "CPE", "NEA-BC", "NE-BC", "CENP", "CNML",
                "CCRN", "CEN", "CMSRN", "PCCN", "OCN")) {
            certifications.append(certifications.isEmpty() ? "" : ",").append("{\"code\": \"").append(code).append("\"}");
        }
        Profile probe;
        try {
            probe = ProfileReader.parse(PROBE.formatted(degrees, certifications), "probe");
        } catch (ProfileException e) {
            throw new IllegalStateException("the probe profile is valid", e);
        }
        KieSession session = kieBase.newKieSession();
        try {
            declared.forEach(session::insert);
            new ProfileFacts(probe, LocalDate.of(2026, 1, 1)).all().forEach(session::insert);
            FiringBudget.fire(session, match -> !match.getDeclarationIds().isEmpty(), places);
            Map<String, Set<String>> classes = new java.util.TreeMap<>();
            session.getObjects(o -> o instanceof Qualification).forEach(o -> {
                Qualification q = (Qualification) o;
                classes.computeIfAbsent(q.getName(), k -> new TreeSet<>()).add(q.getCredential().getKind());
            });
            return classes;
        } finally {
            session.dispose();
        }
    }

    /** "path:line:col: " of the first occurrence of text (in the role's own file when it can be told). */
    private String locate(String text, String... preferIn) {
        for (String role : preferIn) {
            for (RuleFile file : files) {
                if (file.text().contains("Role.define(\"" + role + "\"")) {
                    String at = position(file, text);
                    if (at != null) {
                        return at;
                    }
                }
            }
        }
        for (RuleFile file : files) {
            String at = position(file, text);
            if (at != null) {
                return at;
            }
        }
        return files.get(0).displayPath() + ":1:1: ";
    }

    private static String position(RuleFile file, String text) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf(text);
            if (column >= 0) {
                return file.displayPath() + ":" + (i + 1) + ":" + (column + 1) + ": ";
            }
        }
        return null;
    }
}
