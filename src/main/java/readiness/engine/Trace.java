package readiness.engine;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Records, for each fact a rule inserts, which rule inserted it and the facts that rule matched. */
public final class Trace {
    /** The rule behind a fact and what it looked at. */
    public record Decision(String rule, List<Object> matched) {
    }

    private final Map<Object, Decision> decisions = new IdentityHashMap<>();
    private Match current;
    private List<Object> facts = List.of();

    void attach(KieSession session) {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = event.getMatch();
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null && current != null) {
                    decisions.put(event.getObject(), new Decision(event.getRule().getName(), List.copyOf(current.getObjects())));
                }
            }
        });
    }

    void finish(KieSession session) {
        facts = List.copyOf(session.getObjects());
    }

    /** Every fact in the session at the end of the assessment. */
    public List<Object> facts() {
        return facts;
    }

    /** The decision behind a fact, or null for facts Java inserted. */
    public Decision of(Object fact) {
        return decisions.get(fact);
    }
}
