package readiness.domain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a profile and checks it against the contract. Every error names the source, and the line
 * and column (malformed JSON) or the JSON path (a field that is wrong): nothing is silently dropped.
 */
public final class ProfileReader {
    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .readerFor(Profile.class);

    private ProfileReader() {
    }

    public static Profile read(Path file) throws ProfileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException(List.of(file + ": no such file"));
        } catch (IOException e) {
            throw new ProfileException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Parses one profile; source names it in messages. */
    public static Profile parse(String json, String source) throws ProfileException {
        return parse(json, source, source, 0);
    }

    /**
     * Parses one line of a JSON Lines file: field errors name "file:LINE", syntax errors "file:LINE:COLUMN".
     */
    public static Profile parseLine(String json, String file, long line) throws ProfileException {
        return parse(json, file + ":" + line, file, line - 1);
    }

    private static Profile parse(String json, String source, String file, long lineOffset) throws ProfileException {
        if (json.isBlank()) {
            throw new ProfileException(List.of(source + ": empty input: expected a JSON object"));
        }
        Profile profile;
        try {
            profile = READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new ProfileException(List.of(describe(e, source, file, lineOffset)));
        }
        if (profile == null) {
            throw new ProfileException(List.of(source + ": expected a JSON object, found null"));
        }
        List<String> problems = new ProfileValidator(profile).problems();
        if (!problems.isEmpty()) {
            throw new ProfileException(problems.stream().map(p -> source + ": " + p).toList());
        }
        return profile;
    }

    private static String describe(JsonProcessingException e, String source, String file, long lineOffset) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? source : file + ":" + (lineOffset + at.getLineNr()) + ":" + at.getColumnNr();
            return where + ": malformed JSON: " + firstLine(syntax.getOriginalMessage())
                    .replaceAll("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]", "$1");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = JsonPath.of(unknown.getPath());
            return source + ": " + path + ": unknown field \"" + unknown.getPropertyName() + "\""
                    + Suggestions.didYouMean(unknown.getPropertyName(), names(unknown.getKnownPropertyIds()));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return source + ": " + JsonPath.of(mismatch.getPath()) + ": " + mismatchMessage(mismatch);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return source + ": " + JsonPath.of(mapping.getPath()) + ": " + mapping.getOriginalMessage();
        }
        return source + ": " + firstLine(e.getOriginalMessage());
    }

    /** Jackson may wrap a syntax error in a mapping error; the syntax error has the line and column. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static String mismatchMessage(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return firstLine(e.getOriginalMessage());
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "expected a list [...]";
        }
        if (target == String.class) {
            return "expected text";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "expected true or false";
        }
        if (target == Integer.class || target == int.class) {
            return "expected a whole number";
        }
        if (target.isRecord()) {
            return "expected an object {...}";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static List<String> names(Collection<Object> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return names;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
