package readiness.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Credential classes in words, declared in vocabulary.drl, so a gap can say why a credential the
 * candidate holds does not count: "BA (economics): not a bachelor's or higher in a health-related field".
 */
public final class Vocabulary {
    private final Map<String, String> words = new LinkedHashMap<>();
    /** anyOf for each list of classes asked for: a gap's words are the same for every candidate. */
    private final Map<List<String>, String> phrases = new java.util.concurrent.ConcurrentHashMap<>();

    @Declaration
    public Vocabulary describe(String className, String inWords) {
        words.put(className, inWords);
        phrases.clear();
        return this;
    }

    /** The words for a class, or the class name when none are declared. */
    public String words(String className) {
        return words.getOrDefault(className, className);
    }

    /** "an RN license, an NP license or a PT license". */
    public String anyOf(List<String> classNames) {
        return phrases.computeIfAbsent(List.copyOf(classNames), this::joined);
    }

    private String joined(List<String> classNames) {
        List<String> phrases = classNames.stream().map(this::words).distinct().toList();
        if (phrases.size() <= 1) {
            return String.join("", phrases);
        }
        return phrases.subList(0, phrases.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + phrases.get(phrases.size() - 1);
    }
}
