package readiness.html;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Every HTML page the tool renders comes from a Pebble template under web/templates: the page for
 * candidates, HTML reports, the what-if comparison, the counselor view and the cohort summary.
 * Pebble escapes every value for HTML unless a template says otherwise, so no text from a profile
 * or a rule file can break a page.
 */
public final class Templates {
    private static final PebbleEngine ENGINE = engine();

    private Templates() {
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("web/templates");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).strictVariables(true).defaultLocale(java.util.Locale.US).build();
    }

    public static String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        write(template, model, out);
        return out.toString();
    }

    public static void write(String template, Map<String, Object> model, Writer out) {
        try {
            ENGINE.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
