package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import readiness.engine.RuleSetException;
import readiness.web.LiveRules;
import readiness.web.ReadinessServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/** serve: the API and the page over HTTP, on one compiled rule set shared by every request. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the API (/api/..., documented at /openapi.json) and the page for candidates (/) over HTTP.",
                "Stops on SIGTERM or Ctrl-C after the requests in flight have finished."},
        footer = ExitCodes.HELP)
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to bind (default 127.0.0.1: this machine only).")
    String host;

    @Option(names = "--watch", description = "Reload the rules folder when a file in it changes; a set that fails its checks is not used.")
    boolean watch;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a port (0 to 65535)");
        }
        Path folder = rules.resolve();
        if (watch && folder == null) {
            throw new ParameterException(spec.commandLine(), "--watch: no rules folder to watch (give --rules DIR)");
        }
        LiveRules live = new LiveRules(folder, rules.cache());
        if (!live.reload()) {
            throw new RuleSetException(live.lastError().problems());
        }
        if (watch) {
            live.watch();
        }
        ReadinessServer server;
        try {
            server = new ReadinessServer(live, host, port).start();
        } catch (Exception e) { // Javalin rethrows Jetty's failure to bind undeclared, without its cause
            live.close();
            throw cannotListen(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/"
                + " (rules " + live.current().version() + " from " + live.source() + (watch ? ", watching for changes" : "") + ")");
        out.println("Stop with Ctrl-C.");
        out.flush();
        // SIGTERM and Ctrl-C stop the server gracefully and the command returns normally: exit code 0.
        CountDownLatch stop = new CountDownLatch(1);
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> stop.countDown());
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> stop.countDown());
        stop.await();
        out.println("Stopping: finishing the requests in flight.");
        out.flush();
        server.close();
        live.close();
        return ExitCodes.OK;
    }

    /**
     * Jetty's reason for not listening (a port in use, an address not on this machine) does not reach
     * us, so binding the same address once more finds it; the fix is the user's option, exit 2.
     */
    private Exception cannotListen(Exception failure) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            boolean inUse = e instanceof java.net.BindException && String.valueOf(e.getMessage()).contains("in use");
            String why = inUse ? "address already in use (another program is listening there: stop it or choose another port)"
                    : e.getMessage() == null ? "no such address on this machine" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
            return new ParameterException(spec.commandLine(), (inUse ? "--port " + port : "--host " + host)
                    + ": cannot listen on " + host + ":" + port + ": " + why);
        }
        return failure;
    }
}
