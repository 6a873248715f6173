package readiness.domain;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a profile and checks it against the contract. Every error names the source, and the line
 * and column (malformed JSON) or the JSON path (a field that is wrong): nothing is silently dropped.
 * The limits below are the same for assess, batch and the service, and so are their messages.
 */
public final class ProfileReader {
    /** The largest profile accepted, in bytes of UTF-8: a real one is a few kilobytes. */
    public static final int MAX_PROFILE_BYTES = 1 << 20;
    /** The longest text accepted in any one field, in characters; longer text is never echoed back. */
    public static final int MAX_TEXT_LENGTH = 1_000;
    /** The deepest nesting accepted: a profile is at most three levels deep. */
    public static final int MAX_DEPTH = 16;
    /** The longest number accepted, in digits; no field needs more than ten. */
    public static final int MAX_NUMBER_DIGITS = 100;

    private static final JsonMapper MAPPER = mapper();
    private static final ObjectReader READER = MAPPER.readerFor(Profile.class);

    private ProfileReader() {
    }

    /** Types are strict, as the schema says: no number as text, no text as a number, no null inside a list. */
    private static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_PROFILE_BYTES)
                        .maxNameLength(MAX_TEXT_LENGTH).maxNumberLength(MAX_NUMBER_DIGITS).build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject)) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    public static Profile read(Path file) throws ProfileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_PROFILE_BYTES) {
                throw new ProfileException(List.of(file + ": " + tooLarge(size)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProfileException(List.of(file + ": no such file"));
        } catch (IOException e) {
            throw new ProfileException(List.of(file + ": cannot be read: " + cannotRead(e)));
        }
        return parse(bytes, file.toString());
    }

    /** Parses one profile from its UTF-8 bytes (a request body, a file); source names it in messages. */
    public static Profile parse(byte[] utf8, String source) throws ProfileException {
        if (utf8.length > MAX_PROFILE_BYTES) {
            throw new ProfileException(List.of(source + ": " + tooLarge(utf8.length)));
        }
        String text = decode(utf8);
        if (text == null) {
            throw new ProfileException(List.of(source + ": " + notUtf8(utf8)));
        }
        return parse(text, source);
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

    /** The message for a profile over MAX_PROFILE_BYTES, the same wherever it was read. */
    public static String tooLarge(long bytes) {
        return "profile too large: " + String.format("%,d", bytes) + " bytes; the limit is "
                + String.format("%,d", MAX_PROFILE_BYTES) + " bytes (1 MiB)";
    }

    /** The message for bytes that {@link #decode} refuses: UTF-16 named as such, else the first bad byte. */
    public static String notUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8";
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0x1F && bytes[1] == (byte) 0x8B) {
            return "not UTF-8 text: it is gzip-compressed; give the file a .gz ending (or gunzip it) so it is read as such";
        }
        int bad = firstBadByte(bytes);
        if (bad < bytes.length && bytes[bad] == 0) {
            return "not UTF-8 text: a NUL byte at offset " + bad + " (a UTF-16 file, compressed data or damage?); save the file as UTF-8";
        }
        return "not UTF-8 text: invalid byte at offset " + bad + "; save the file as UTF-8";
    }

    /**
     * The bytes as text, or null when they are not valid UTF-8 or hold a NUL byte (nothing is silently replaced). No JSON
     * or rule text holds a raw NUL; a UTF-16 file does at every other byte, and read as UTF-8 would fail on each line
     * with a parser's "CTRL-CHAR" instead of the encoding to fix.
     */
    public static String decode(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII); // the common case, without a decoder
        }
        if (firstNul(bytes, bytes.length) >= 0) {
            return null;
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A file system failure in plain words: "permission denied", not java.nio.file.AccessDeniedException. */
    public static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return "the file system refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "failed" : message.toLowerCase(java.util.Locale.ROOT);
    }

    /** No byte outside ASCII, and no NUL. */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where {@link #decode} fails: the offset of the first byte that is not UTF-8 or is NUL (the length when none). */
    public static int firstBadByte(byte[] bytes) {
        int invalid = (int) firstInvalidByte(bytes);
        int nul = firstNul(bytes, invalid);
        return nul >= 0 ? nul : invalid;
    }

    /** The offset of the first NUL byte before limit, or -1. */
    private static int firstNul(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static Profile parse(String text, String source, String file, long lineOffset) throws ProfileException {
        // Notepad and spreadsheet exports start UTF-8 with a byte order mark; it is not part of the JSON. No text at all
        // (a null cell of a program's column) is empty input.
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        // a character is at most 3 bytes of UTF-8, so most texts need no count at all
        if (json.length() > MAX_PROFILE_BYTES / 3 && utf8Length(json) > MAX_PROFILE_BYTES) {
            throw new ProfileException(List.of(source + ": " + tooLarge(utf8Length(json))));
        }
        if (json.isBlank()) {
            throw new ProfileException(List.of(source + ": empty input: expected a JSON object"));
        }
        Profile profile;
        try (JsonParser parser = READER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ProfileException(List.of(source + ": expected a JSON object {...}, found " + describe(first)));
            }
            profile = READER.readValue(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ProfileException(List.of(file + ":" + (lineOffset + at.getLineNr()) + ":" + at.getColumnNr()
                        + ": found " + describe(after) + " after the profile's closing }: one profile per "
                        + (lineOffset > 0 || !file.equals(source) ? "line" : "file")));
            }
        } catch (JsonProcessingException e) {
            throw new ProfileException(List.of(describe(e, source, file, lineOffset)));
        } catch (IOException e) {
            throw new ProfileException(List.of(source + ": cannot be read: " + cannotRead(e)));
        }
        List<String> problems = new ProfileValidator(profile).problems();
        if (!problems.isEmpty()) {
            throw new ProfileException(problems.stream().map(p -> source + ": " + p).toList());
        }
        return profile;
    }

    /** The bytes of a text in UTF-8, counted without encoding it. */
    public static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "a list [...]";
            case START_OBJECT -> "an object {...}";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "\"" + token.asString() + "\"";
        };
    }

    private static String describe(JsonProcessingException e, String source, String file, long lineOffset) {
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            String what = limit.getMessage() == null ? "" : limit.getMessage();
            return source + ": " + (what.contains("nesting depth")
                    ? "nested too deeply: a profile is at most " + MAX_DEPTH + " levels deep"
                    : what.contains("Name length")
                    ? "a field name is too long: the limit is " + String.format("%,d", MAX_TEXT_LENGTH) + " characters"
                    : what.contains("Number")
                    ? "a number is too long: the limit is " + MAX_NUMBER_DIGITS + " digits"
                    : "a value is too long: the limit is " + String.format("%,d", MAX_PROFILE_BYTES) + " characters");
        }
        InputCoercionException range = cause(e, InputCoercionException.class);
        if (range != null && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return source + ": " + JsonPath.of(mapping.getPath()) + ": expected a whole number from 0 to "
                    + String.format("%,d", Integer.MAX_VALUE);
        }
        StreamReadException syntax = cause(e, StreamReadException.class);
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? source : file + ":" + (lineOffset + at.getLineNr()) + ":" + at.getColumnNr();
            return where + ": malformed JSON: " + plain(firstLine(syntax.getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = JsonPath.of(unknown.getPath());
            return source + ": " + path + ": unknown field \"" + shortened(unknown.getPropertyName()) + "\""
                    + Suggestions.didYouMean(unknown.getPropertyName(), names(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException nul) {
            return source + ": " + JsonPath.of(nul.getPath()) + ": null is not allowed in a list: leave the entry out";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return source + ": " + JsonPath.of(mismatch.getPath()) + ": " + mismatchMessage(mismatch);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return source + ": " + JsonPath.of(mapping.getPath()) + ": " + plain(firstLine(mapping.getOriginalMessage()));
        }
        return source + ": " + plain(firstLine(e.getOriginalMessage()));
    }

    /** Jackson may wrap a syntax error in a mapping error; the syntax error has the line and column. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String mismatchMessage(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "not the expected kind of value";
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
        return "not the expected kind of value";
    }

    /** Strips what only a Java programmer would read: class names and Jackson's source markers. */
    private static String plain(String message) {
        return message
                .replaceAll("\\[Source: [^\\]]*?; (line: \\d+(?:, column: \\d+)?)\\]", "$1")
                .replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("`[a-z]+(\\.[A-Za-z$]+)+`", "value")
                .replace("(for root starting at", "(for the profile starting at");
    }

    /** A name is echoed back at most 100 characters long. */
    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    private static List<String> names(Collection<Object> ids) {
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return names;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a valid profile";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
