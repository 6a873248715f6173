package readiness.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule sessions kept between profiles, one per worker at a time, for each selection of roles. A session holds the
 * declared facts (and what the rules derive from them alone) from its start; a profile's facts are inserted, fired,
 * read, then deleted and fired again so truth maintenance withdraws everything they justified. A session returns
 * to the pool only when it is back to its starting facts (as many of each class, every declared fact present);
 * anything else (an exception, a budget exceeded, a fact left over) disposes of it. `bench --compare-sessions` and
 * SessionReuseTest prove reused sessions give the reports fresh ones do.
 */
final class SessionPool {
    /** Selections of roles kept at once; a service asked for many different selections drops the least recent. */
    private static final int SELECTIONS = 8;

    private final KieBase kieBase;
    private final AgendaFilter decisions;
    private final Map<String, RulePlace> places;
    private final int idlePerSelection = Math.max(2, Runtime.getRuntime().availableProcessors());
    private final Map<List<String>, Deque<Reusable>> idle = new LinkedHashMap<>(16, 0.75f, true);

    SessionPool(KieBase kieBase, AgendaFilter decisions, Map<String, RulePlace> places) {
        this.kieBase = kieBase;
        this.decisions = decisions;
        this.places = places;
    }

    /** A session holding these declared facts, settled, ready for one profile; the facts are asked for only to make one. */
    Reusable borrow(List<String> roles, java.util.function.Supplier<List<Object>> declaredFacts) {
        synchronized (idle) {
            Deque<Reusable> sessions = idle.get(roles);
            if (sessions != null && !sessions.isEmpty()) {
                return sessions.pop();
            }
        }
        return new Reusable(roles, declaredFacts.get());
    }

    /** Back to the pool when clean, else disposed. */
    void release(Reusable reusable) {
        if (!reusable.reset()) {
            reusable.session.dispose();
            return;
        }
        List<Reusable> evicted = new ArrayList<>();
        synchronized (idle) {
            Deque<Reusable> sessions = idle.computeIfAbsent(reusable.roles, k -> new ArrayDeque<>());
            if (sessions.size() < idlePerSelection) {
                sessions.push(reusable);
            } else {
                evicted.add(reusable);
            }
            while (idle.size() > SELECTIONS) {
                Map.Entry<List<String>, Deque<Reusable>> eldest = idle.entrySet().iterator().next();
                evicted.addAll(eldest.getValue());
                idle.remove(eldest.getKey());
            }
        }
        evicted.forEach(r -> r.session.dispose());
    }

    /** How many facts of each class the session holds. */
    private static Map<Class<?>, Integer> kinds(KieSession session) {
        Map<Class<?>, Integer> kinds = new java.util.HashMap<>();
        for (Object fact : session.getObjects()) {
            kinds.merge(fact.getClass(), 1, Integer::sum);
        }
        return kinds;
    }

    /** One pooled session and the handles of the facts the current profile inserted. */
    final class Reusable {
        final KieSession session;
        private final List<String> roles;
        private final List<FactHandle> inserted = new ArrayList<>();
        private final Map<Class<?>, Integer> settledKinds;
        private final List<Object> declaredFacts;
        /** Whether the current profile's run finished without an exception: only then is the session worth cleaning. */
        private boolean runCompleted;

        private Reusable(List<String> roles, List<Object> declaredFacts) {
            this.roles = roles;
            this.declaredFacts = declaredFacts;
            this.session = kieBase.newKieSession();
            try {
                declaredFacts.forEach(session::insert);
                FiringBudget.fire(session, decisions, places);
            } catch (RuntimeException e) {
                session.dispose();
                throw e;
            }
            this.settledKinds = kinds(session);
        }

        /** Inserts a fact of this profile, to be deleted when the profile is done. */
        void insert(Object fact) {
            inserted.add(session.insert(fact));
        }

        /** Marks the profile's run finished without an exception, so the session may be cleaned and reused. */
        void completed() {
            runCompleted = true;
        }

        /** Deletes the profile's facts and fires until truth maintenance settles; true when back where it started. */
        private boolean reset() {
            if (!runCompleted) {
                return false;
            }
            runCompleted = false;
            try {
                inserted.forEach(session::delete);
                inserted.clear();
                FiringBudget.fire(session, decisions, places);
                // A rule may have left a fact, deleted a declared one, or swapped a derived fact for another kind:
                // none of it may reach the next profile.
                return kinds(session).equals(settledKinds) && declaredFacts.stream().allMatch(f -> session.getFactHandle(f) != null);
            } catch (RuntimeException | Error e) {
                return false;
            }
        }
    }
}
