package readiness.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import readiness.domain.ProfileValidator;
import readiness.engine.RuleFile;
import readiness.facts.Action;
import readiness.facts.Requirement;
import readiness.facts.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes the rules know, for the page's choices: read from the vocabulary rules themselves
 * (`Credential(kind == "degree", code in ("MSN", ...))`), so a code a counselor adds to the rules
 * appears in the form without touching Java. Also, for each catalog action, the credential that
 * would show it done, so a next step can become a planned change in one click.
 */
@JsonPropertyOrder({"codes", "statuses", "experienceKinds", "skills", "actions"})
public record Vocabulary(Map<String, List<String>> codes, Map<String, List<String>> statuses, List<String> experienceKinds,
                         List<String> skills, Map<String, PlannedCredential> actions) {

    /** The profile section, and the field and code of an entry that would count as the action done. */
    @JsonPropertyOrder({"section", "field", "code"})
    public record PlannedCredential(String section, String field, String code) {
    }

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"[^\"]*\"(.*?)^end\\b");
    private static final Pattern KIND = Pattern.compile("kind\\s*==\\s*\"([a-z-]+)\"");
    private static final Pattern CODE_LIST = Pattern.compile("code\\s+in\\s*\\(([^)]*)\\)|code\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern NAMED = Pattern.compile("new\\s+Qualification\\(\\s*\\$\\w+\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern FROM_CODE = Pattern.compile(
            "new\\s+Qualification\\(\\s*\\$\\w+\\s*,\\s*\\$\\w+\\.getCode\\(\\)\\.toLowerCase\\(\\)(?:\\s*\\+\\s*\"([^\"]*)\")?\\s*\\)");
    /** A credential kind in the rules, and the profile section and field that hold its code. */
    private static final Map<String, String[]> SECTIONS = Map.of(
            "degree", new String[] {"education", "degree"},
            "license", new String[] {"licenses", "type"},
            "exam", new String[] {"exams", "name"},
            "certification", new String[] {"certifications", "code"},
            "board-certification", new String[] {"boardCertifications", "specialty"},
            "training", new String[] {"training", "type"});

    public static Vocabulary of(List<RuleFile> files, List<Role> roles, Map<String, Action> catalog) {
        Map<String, TreeSet<String>> codes = new TreeMap<>();
        Map<String, PlannedCredential> byQualification = new LinkedHashMap<>();
        for (RuleFile file : files) {
            Matcher rule = RULE.matcher(file.text());
            while (rule.find()) {
                String body = rule.group(1);
                Matcher kind = KIND.matcher(body);
                if (!kind.find() || !SECTIONS.containsKey(kind.group(1))) {
                    continue;
                }
                String[] section = SECTIONS.get(kind.group(1));
                List<String> ruleCodes = new ArrayList<>();
                Matcher list = CODE_LIST.matcher(body);
                while (list.find()) {
                    if (list.group(2) != null) {
                        ruleCodes.add(list.group(2));
                    } else {
                        Matcher quoted = QUOTED.matcher(list.group(1));
                        while (quoted.find()) {
                            ruleCodes.add(quoted.group(1));
                        }
                    }
                }
                codes.computeIfAbsent(section[0], k -> new TreeSet<>()).addAll(ruleCodes);
                String first = ruleCodes.isEmpty() ? null : ruleCodes.get(0);
                Matcher named = NAMED.matcher(body);
                while (named.find()) {
                    byQualification.putIfAbsent(named.group(1), new PlannedCredential(section[0], section[1], first));
                }
                Matcher fromCode = FROM_CODE.matcher(body);
                if (fromCode.find()) {
                    String suffix = fromCode.group(1) == null ? "" : fromCode.group(1);
                    ruleCodes.forEach(code -> byQualification.putIfAbsent(code.toLowerCase(Locale.ROOT) + suffix,
                            new PlannedCredential(section[0], section[1], code)));
                }
            }
        }
        Map<String, PlannedCredential> actions = new TreeMap<>();
        catalog.values().forEach(action -> action.getGrants().stream().filter(byQualification::containsKey).findFirst()
                .ifPresent(granted -> actions.put(action.getId(), byQualification.get(granted))));
        TreeSet<String> skills = new TreeSet<>();
        roles.forEach(role -> role.getRequirements().stream().map(Requirement::getSkills).forEach(skills::addAll));
        Map<String, List<String>> codeLists = new TreeMap<>();
        codes.forEach((section, set) -> codeLists.put(section, List.copyOf(set)));
        return new Vocabulary(codeLists,
                Map.of("education", ProfileValidator.DEGREE_STATUSES, "licenses", ProfileValidator.LICENSE_STATUSES,
                        "boardCertifications", ProfileValidator.BOARD_STATUSES, "training", ProfileValidator.TRAINING_STATUSES),
                ProfileValidator.EXPERIENCE_KINDS, List.copyOf(skills), actions);
    }
}
