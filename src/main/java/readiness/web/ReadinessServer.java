package readiness.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import readiness.domain.DateText;
import readiness.domain.Profile;
import readiness.domain.ProfileException;
import readiness.domain.ProfileReader;
import readiness.engine.Assessor;
import readiness.engine.Explainer;
import readiness.engine.UnknownReferenceException;
import readiness.report.JsonReport;
import readiness.report.MarkdownReport;
import readiness.report.Report;
import readiness.report.ReportBuilder;
import readiness.report.RoleDocs;
import readiness.report.TextReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The HTTP service: the JSON API, the page for candidates and the counselor view, all on one shared
 * rule set ({@link LiveRules}). Every failure is answered as application/problem+json with the
 * CLI's plain messages; nothing internal ever reaches a client.
 */
public final class ReadinessServer implements AutoCloseable {
    /** A request body is a profile (or a profile and its planned changes): the reader's limit, the same as assess and batch. */
    public static final long MAX_BODY_BYTES = readiness.domain.ProfileReader.MAX_PROFILE_BYTES;
    /** A connection idle this long (a client sending its body slowly, say) is closed, freeing its thread. */
    static final int IDLE_TIMEOUT_MILLIS = 10_000;
    /** On stop, requests in flight get this long to finish. */
    static final int STOP_TIMEOUT_MILLIS = 20_000;
    static final String PROBLEM_JSON = "application/problem+json";
    // Duplicate keys refused as the profile reader refuses them: the what-if body's profile is re-serialised from this tree,
    // which would keep only the last of two "id"s (or "changes") without a word.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final LiveRules rules;
    private final Javalin app;
    private final Pages pages;
    /**
     * Rule sessions are CPU-bound: running more at once than there are cores only makes each slower
     * and the latency spread wider. Requests wait their turn in arrival order (reading a body, slow or
     * not, happens before, without a permit).
     */
    private final Semaphore engine = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public ReadinessServer(LiveRules rules, String host, int port) {
        this.rules = rules;
        this.pages = new Pages(rules);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                return connector;
            });
            // The statistics handler lets a stop wait for requests in flight instead of cutting them off.
            config.jetty.modifyServer(server -> {
                server.setHandler(new StatisticsHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new BadMessageProblems());
            });
        });
        routes();
    }

    private void routes() {
        get("/health", this::health);
        get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/web/openapi.json")));
        get("/api/roles", ctx -> json(ctx, RoleDocs.json(loaded().assessor())));
        get("/api/rules", ctx -> json(ctx, pretty(rulesInfo())));
        get("/api/vocabulary", ctx -> json(ctx, pretty(loaded().vocabulary())));
        app.post("/api/assess", this::assess);
        app.post("/api/explain", this::explain);
        app.post("/api/what-if", this::whatIf);
        get("/", ctx -> ctx.html(pages.home()));
        get("/counselor", ctx -> ctx.html(pages.counselor()));
        // Browsers ask for an icon on every page; there is none, and a 404 for it would only fill their consoles.
        get("/favicon.ico", ctx -> ctx.status(204));

        app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, switch (e.getStatus()) {
            case 413 -> tooLarge(ProfileReader.tooLarge(ctx.contentLength()));
            case 404 -> new ApiProblem(404, "not-found", "Not found",
                    List.of(ctx.method() + " " + ctx.path() + ": no such resource; the API is described at /openapi.json"));
            case 405 -> {
                // Javalin lists the methods the path takes as the one detail of its 405
                String allowed = String.join(", ", e.getDetails().values());
                ctx.header("Allow", allowed);
                yield new ApiProblem(405, "method-not-allowed", "Method not allowed", List.of(ctx.method() + " " + ctx.path()
                        + ": this resource does not take " + ctx.method() + "; it takes " + allowed + "; see /openapi.json"));
            }
            default -> new ApiProblem(e.getStatus(), "http", "HTTP " + e.getStatus(), List.of(ctx.path() + ": HTTP " + e.getStatus()));
        }));
        app.exception(readiness.engine.RuleRunException.class, (e, ctx) -> {
            // The rule set's fault, named at file:line: the counselor editing the rules needs it, and it holds nothing internal.
            System.err.println(java.time.Instant.now() + " " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            problem(ctx, new ApiProblem(500, "rule-failed", "A rule failed on this profile", List.of(e.getMessage())));
        });
        app.exception(Exception.class, (e, ctx) -> {
            // The details go to the server's log (stderr), never to the client.
            System.err.println(java.time.Instant.now() + " " + ctx.method() + " " + ctx.path() + " failed:");
            e.printStackTrace();
            problem(ctx, new ApiProblem(500, "internal", "Internal error",
                    List.of("internal error: the request could not be answered; the server log has the details")));
        });
    }

    /**
     * A GET resource answers HEAD the same way, without the body (Jetty sends none for HEAD): left to Javalin, HEAD
     * would be a bare 200 without running the handler, so a monitor probing /health would never see a 503.
     */
    private void get(String path, io.javalin.http.Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    public ReadinessServer start() {
        app.start();
        return this;
    }

    /** The port bound (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections, lets requests in flight finish, then stops. */
    @Override
    public void close() {
        app.stop();
    }

    private void health(Context ctx) throws IOException {
        LiveRules.Loaded loaded = rules.current();
        ObjectNode body = JSON.createObjectNode().put("status", loaded == null ? "unavailable" : "ok");
        body.put("rules", loaded == null ? null : loaded.version());
        ctx.status(loaded == null ? 503 : 200);
        json(ctx, pretty(body));
    }

    private ObjectNode rulesInfo() {
        LiveRules.Status status = rules.status();
        LiveRules.Loaded loaded = status.loaded();
        ObjectNode info = JSON.createObjectNode();
        info.put("version", loaded == null ? null : loaded.version());
        info.put("source", rules.source());
        info.put("loadedAt", loaded == null ? null : loaded.loadedAt().toString());
        info.put("files", loaded == null ? null : loaded.assessor().ruleSet().fileCount());
        LiveRules.LoadError error = status.error();
        if (error == null) {
            info.putNull("lastReloadError");
        } else {
            ObjectNode e = info.putObject("lastReloadError");
            e.put("at", error.at().toString());
            ArrayNode problems = e.putArray("problems");
            error.problems().forEach(problems::add);
        }
        return info;
    }

    private void assess(Context ctx) throws ApiProblem {
        checkParameters(ctx, "role", "asOf", "format");
        LiveRules.Loaded loaded = loaded();
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        if (!List.of("json", "md", "text", "html").contains(format)) {
            throw ApiProblem.invalidRequest("format: \"" + format + "\" is not a format: use json, md, text or html");
        }
        Report report = report(loaded.assessor(), profile(body(ctx)), asOf(ctx), roles(ctx, loaded.assessor()));
        switch (format) {
            case "md" -> ctx.contentType("text/markdown; charset=utf-8").result(MarkdownReport.render(report));
            case "text" -> ctx.contentType("text/plain; charset=utf-8").result(TextReport.render(report));
            case "html" -> ctx.html(pages.report(report, loaded.assessor()));
            default -> json(ctx, JsonReport.pretty(report));
        }
    }

    private void explain(Context ctx) throws ApiProblem {
        checkParameters(ctx, "role", "asOf");
        Assessor assessor = loaded().assessor();
        Profile profile = profile(body(ctx));
        List<String> roles = roles(ctx, assessor);
        try {
            engine.acquireUninterruptibly();
            json(ctx, pretty(JSON.valueToTree(new Explainer(assessor).explain(profile, asOf(ctx), roles))));
        } catch (UnknownReferenceException e) {
            throw ApiProblem.invalidProfile(List.of("profile: " + e.getMessage()));
        } finally {
            engine.release();
        }
    }

    private void whatIf(Context ctx) throws ApiProblem {
        checkParameters(ctx, "role", "asOf", "format");
        LiveRules.Loaded loaded = loaded();
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
        if (!List.of("json", "html").contains(format)) {
            throw ApiProblem.invalidRequest("format: \"" + format + "\" is not a format for what-if: use json or html");
        }
        JsonNode body = parseBody(body(ctx));
        WhatIf.checkBody(body);
        Profile profile = profile(body.get("profile").toString().getBytes(StandardCharsets.UTF_8));
        List<String> roles = roles(ctx, loaded.assessor());
        LocalDate asOfParam = asOf(ctx);
        Report before = report(loaded.assessor(), profile, asOfParam, roles);
        WhatIf.Plan plan = WhatIf.apply((ObjectNode) body.get("profile"), body.get("changes"), LocalDate.parse(before.asOf()));
        Report after = report(loaded.assessor(), plan.profile(), plan.doneBy(), roles);
        List<WhatIfComparison.RoleChange> changes = WhatIfComparison.compare(before, after);
        if (format.equals("html")) {
            ctx.html(pages.whatIf(before, after, plan, changes, loaded.assessor()));
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("doneBy", plan.doneBy().toString());
        out.set("changes", JSON.valueToTree(plan.described()));
        out.set("roles", JSON.valueToTree(changes));
        out.set("before", JSON.valueToTree(before));
        out.set("after", JSON.valueToTree(after));
        json(ctx, pretty(out));
    }

    private LiveRules.Loaded loaded() throws ApiProblem {
        LiveRules.Status status = rules.status();
        LiveRules.Loaded loaded = status.loaded();
        if (loaded == null) {
            LiveRules.LoadError error = status.error();
            throw new ApiProblem(503, "no-rules", "No rule set is loaded",
                    error == null ? List.of("the rules are still loading") : error.problems());
        }
        return loaded;
    }

    private Report report(Assessor assessor, Profile profile, LocalDate asOf, List<String> roles) throws ApiProblem {
        try {
            engine.acquireUninterruptibly();
            return ReportBuilder.build(assessor.assess(profile, asOf, roles));
        } catch (UnknownReferenceException e) {
            throw ApiProblem.invalidProfile(List.of("profile: " + e.getMessage()));
        } finally {
            engine.release();
        }
    }

    /**
     * The request body, read no further than the limit: a declared Content-Length over it is refused
     * before a byte is read, and a chunked body, which declares none, when it passes the limit.
     */
    private static byte[] body(Context ctx) throws ApiProblem {
        long declared = ctx.contentLength();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge(ProfileReader.tooLarge(declared));
        }
        byte[] bytes;
        try {
            bytes = ctx.req().getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw ApiProblem.invalidRequest("request body: cannot be read: " + ProfileReader.cannotRead(e));
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge("profile too large: more than " + String.format("%,d", MAX_BODY_BYTES) + " bytes; the limit is "
                    + String.format("%,d", MAX_BODY_BYTES) + " bytes (1 MiB)");
        }
        return bytes;
    }

    private static ApiProblem tooLarge(String message) {
        return new ApiProblem(413, "too-large", "The request body is too large", List.of("request body: " + message));
    }

    /** A profile from UTF-8 bytes, read as assess reads a file: bytes that are not UTF-8 are an error, never repaired. */
    private static Profile profile(byte[] utf8) throws ApiProblem {
        try {
            return ProfileReader.parse(utf8, "profile");
        } catch (ProfileException e) {
            throw ApiProblem.invalidProfile(e.problems());
        }
    }

    private static JsonNode parseBody(byte[] utf8) throws ApiProblem {
        String json = ProfileReader.decode(utf8);
        if (json == null) {
            throw ApiProblem.invalidRequest("request body: " + ProfileReader.notUtf8(utf8));
        }
        if (json.isBlank()) {
            throw ApiProblem.invalidRequest("request body: empty input: expected a JSON object");
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "request body"
                    : "request body:" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            String message = e.getOriginalMessage();
            throw ApiProblem.invalidRequest(where + ": malformed JSON: " + (message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message));
        }
    }

    /**
     * Query parameters as strict as profile fields: a misspelt one (asof) or a second value (asOf twice) would
     * otherwise be dropped unseen and the report made for another date or other roles. Only role repeats.
     */
    private static void checkParameters(Context ctx, String... known) throws ApiProblem {
        List<String> names = List.of(known);
        List<String> errors = new java.util.ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.isEmpty()) {
                return; // a trailing or doubled & names nothing
            }
            if (!names.contains(name)) {
                errors.add(name + ": unknown parameter \"" + name + "\"" + readiness.domain.Suggestions.didYouMean(name, names)
                        + "; " + ctx.path() + " takes " + String.join(", ", names));
            } else if (!name.equals("role") && values.size() > 1) {
                errors.add(name + ": given " + values.size() + " times (" + String.join(", ", values) + "); give it once");
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidRequest(errors);
        }
    }

    private static LocalDate asOf(Context ctx) throws ApiProblem {
        String asOf = ctx.queryParam("asOf");
        if (asOf == null) {
            return null;
        }
        if (asOf.isBlank()) {
            // most often an unset variable in the caller's script: a date it meant to give must not quietly become the profile's
            throw ApiProblem.invalidRequest("asOf: empty: give a date (2026-11-01) or leave asOf out to use the profile's own");
        }
        try {
            return DateText.parse(asOf).first();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidRequest("asOf: " + e.getMessage());
        }
    }

    /** The role query parameters, checked against the rule set so a typo gets "did you mean". */
    private static List<String> roles(Context ctx, Assessor assessor) throws ApiProblem {
        List<String> roles = ctx.queryParams("role");
        try {
            return roles.isEmpty() ? roles : assessor.selectRoles(roles, "role");
        } catch (UnknownReferenceException e) {
            throw ApiProblem.invalidRequest(e.getMessage());
        }
    }

    private static void problem(Context ctx, ApiProblem problem) {
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(problemBody(problem, ctx.path()));
    }

    /** The problem as application/problem+json; instance is the path asked for, or null when there is none to name. */
    static String problemBody(ApiProblem problem, String instance) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "/problems#" + problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", String.join("\n", problem.errors()));
        if (instance != null) {
            body.put("instance", instance);
        }
        ArrayNode errors = body.putArray("errors");
        problem.errors().forEach(errors::add);
        return pretty(body);
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }

    static String pretty(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree is always serialisable", e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReadinessServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
