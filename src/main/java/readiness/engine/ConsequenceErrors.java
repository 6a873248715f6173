package readiness.engine;

import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.compiler.compiler.PackageRegistry;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a rule file the Java compiler found a consequence's mistake. Drools reports a consequence that does not
 * compile at the rule's first line, which in a role file is a hundred lines above the typo; the compiler's own
 * problems name a line of the class Drools generated, which maps back to the file through the rule's line mapping.
 * Only a failed build gets here, so the file is compiled once more on its own to reach those problems.
 */
final class ConsequenceErrors {
    /** Drools' prefix on a consequence's compile problems. */
    static final String PREFIX = "Rule Compilation error";
    /** The generated consequence method's lines before the consequence text: its signature, kcontext and drools. */
    private static final int METHOD_HEADER = 3;

    private ConsequenceErrors() {
    }

    /**
     * Each consequence compile problem of the file as "file:line:col: rule "name" does not compile: message", at the
     * line the problem is on; empty when Drools did not give what the mapping needs (the caller keeps its own message).
     */
    static List<String> locate(RuleFile file, String kiePath) {
        try {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(kiePath);
            builder.add(resource, ResourceType.DRL);
            String[] lines = file.text().split("\n", -1);
            List<String> located = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                if (!(error instanceof RuleBuildError built) || !(built.getObject() instanceof CompilationProblem[] problems)
                        || !error.getMessage().startsWith(PREFIX)) {
                    continue;
                }
                for (CompilationProblem problem : problems) {
                    if (!problem.isError()) {
                        continue;
                    }
                    LineMappings mapping = mapping(builder, problem.getFileName());
                    if (mapping == null) {
                        return List.of();
                    }
                    int line = mapping.getStartLine() + problem.getStartLine() - mapping.getOffset() - METHOD_HEADER;
                    if (line < 1 || line > lines.length) {
                        return List.of();
                    }
                    located.add(file.displayPath() + ":" + line + ":" + firstColumn(lines[line - 1]) + ": rule \""
                            + built.getRule().getName() + "\" does not compile: " + problem.getMessage());
                }
            }
            return located;
        } catch (RuntimeException | LinkageError e) {
            // Drools' internals moved: the rule's own line, as Drools gave it, is still right, only coarser.
            return List.of();
        }
    }

    private static LineMappings mapping(KnowledgeBuilder builder, String javaFile) {
        String className = javaFile.replaceAll("\\.java$", "").replace('/', '.');
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        PackageRegistry registry = ((KnowledgeBuilderImpl) builder).getPackageRegistry(pkg);
        return registry == null ? null : registry.getDialectRuntimeRegistry().getLineMappings(className);
    }

    private static int firstColumn(String line) {
        int column = 0;
        while (column < line.length() && Character.isWhitespace(line.charAt(column))) {
            column++;
        }
        return column + 1;
    }
}
