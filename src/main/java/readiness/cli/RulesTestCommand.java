package readiness.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import readiness.cases.CaseResult;
import readiness.cases.CaseRunner;
import readiness.engine.Assessor;
import readiness.engine.RuleSet;
import readiness.engine.RuleSetException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** rules test: runs the counselors' example cases and prints pass or fail with what differed. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run example cases: each a profile and, per role, the expected verdict, level and gaps.",
                "Ends with 'N passed, N failed'."},
        footer = ExitCodes.HELP + "  4  some cases failed%n")
public final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "DIR", defaultValue = "profiles/cases",
            description = "Folder of case files (default: profiles/cases).")
    Path cases;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException, RuleSetException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(cases)) {
            err.println("--cases " + cases + ": no such folder");
            return ExitCodes.INVALID_INPUT;
        }
        List<Path> files = CaseRunner.caseFiles(cases);
        RuleSet ruleSet = rules.load();
        CaseRunner runner = new CaseRunner(new Assessor(ruleSet));
        out.println("rules " + ruleSet.version() + " (" + ruleSet.location() + "), " + files.size() + " cases in " + cases);
        int passed = 0;
        for (Path file : files) {
            CaseResult result = runner.run(file);
            out.println((result.passed() ? "PASS  " : "FAIL  ") + result.name() + "  (" + file.getFileName() + ")");
            result.differences().forEach(d -> out.println("        " + d));
            passed += result.passed() ? 1 : 0;
        }
        out.println(passed + " passed, " + (files.size() - passed) + " failed");
        out.flush();
        return passed == files.size() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }
}
