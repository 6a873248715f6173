package readiness;

import readiness.cli.ReadinessCommand;

/** Entry point: java -jar target/readiness.jar COMMAND ... */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.exit(ReadinessCommand.commandLine(args).execute(args));
    }
}
