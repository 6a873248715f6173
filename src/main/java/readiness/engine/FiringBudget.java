package readiness.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Fires a session's rules within budgets, so a rule that never settles (re-fires forever, inserts without
 * bound, or runs too long) halts its own session instead of hanging or exhausting the process. The budgets sit
 * far above what the shipped rules need (a session fires about 100 rules and holds about 250 facts, in
 * milliseconds) and are tuned with system properties: readiness.rules.maxFirings, readiness.rules.maxFacts,
 * readiness.rules.maxSeconds.
 */
final class FiringBudget {
    static final long DEFAULT_FIRINGS = 50_000;
    static final long DEFAULT_FACTS = 20_000;
    static final long DEFAULT_SECONDS = 10;
    /** How long a consequence that ignores the halt (one long call) gets before its thread is stopped. */
    private static final long GRACE_MILLIS = 1_000;

    /** The sessions firing now; one daemon thread looks at their deadlines a few times a second. */
    private static final Set<FiringBudget> FIRING = ConcurrentHashMap.newKeySet();
    private static final long WATCH_MILLIS = 100;

    static {
        // A scan, not a timer per firing: a batch fires thousands of times a second, and a timer each time costs a lock and a wake-up.
        Thread watchdog = new Thread(FiringBudget::watch, "readiness-rules-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (FiringBudget budget : FIRING) {
                try {
                    budget.check(now);
                } catch (RuntimeException e) {
                    // One budget's trouble must not end the scan that keeps every other session within its time.
                }
            }
        }
    }

    private final KieSession session;
    private final Map<String, RulePlace> places;
    // Written by the firing thread, read by the watchdog when time is up.
    private final Map<String, Integer> firings = new ConcurrentHashMap<>();
    private final Map<String, Integer> inserts = new ConcurrentHashMap<>();
    private final Map<String, Integer> changes = new ConcurrentHashMap<>();
    private final Thread firing = Thread.currentThread();
    // Read for each session, so a long-running service picks up a change without a restart.
    private final long maxFirings = Long.getLong("readiness.rules.maxFirings", DEFAULT_FIRINGS);
    private final long maxFacts = Long.getLong("readiness.rules.maxFacts", DEFAULT_FACTS);
    private final long maxSeconds = Long.getLong("readiness.rules.maxSeconds", DEFAULT_SECONDS);
    private final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    private long stopAt = Long.MAX_VALUE;
    private long total;
    private String current;
    // When the consequence firing now began (System.nanoTime), 0 between firings: tells one stuck call from many quick ones.
    private volatile long consequenceSince;
    private String exceeded;
    private boolean done;

    private FiringBudget(KieSession session, Map<String, RulePlace> places) {
        this.session = session;
        this.places = places;
    }

    /** session.fireAllRules(filter), halted and reported when it exceeds a budget. */
    static int fire(KieSession session, AgendaFilter filter, Map<String, RulePlace> places) {
        return new FiringBudget(session, places).run(filter);
    }

    private int run(AgendaFilter filter) {
        DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                current = event.getMatch().getRule().getName();
                consequenceSince = System.nanoTime();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                consequenceSince = 0;
                int count = firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                if (++total > maxFirings) {
                    String culprit = culprit();
                    halt(at(culprit) + " fired " + firings.get(culprit) + " times without settling (the budget is "
                            + maxFirings + " firings per session, readiness.rules.maxFirings; a rule that updates or inserts what its own"
                            + " conditions match fires forever)");
                }
            }
        };
        DefaultRuleRuntimeEventListener facts = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    inserts.merge(event.getRule().getName(), 1, Integer::sum);
                }
                if (session.getFactCount() > maxFacts) {
                    halt(at(mostOf(inserts)) + " inserted " + count(inserts) + " facts without settling (the budget is " + maxFacts
                            + " facts per session, readiness.rules.maxFacts)");
                    // A halt waits for the consequence to end; one that inserts in a loop is stopped here, at its insert.
                    throw new RulesDidNotSettleException(exceeded);
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                if (event.getRule() != null) {
                    changes.merge(event.getRule().getName(), 1, Integer::sum);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (event.getRule() != null) {
                    changes.merge(event.getRule().getName(), 1, Integer::sum);
                }
            }
        };
        session.addEventListener(agenda);
        session.addEventListener(facts);
        FIRING.add(this);
        try {
            try {
                int fired = session.fireAllRules(filter);
                if (exceeded != null) {
                    throw new RulesDidNotSettleException(exceeded);
                }
                return fired;
            } finally {
                finish();
                FIRING.remove(this);
                session.removeEventListener(agenda);
                session.removeEventListener(facts);
            }
        } catch (ThreadDeath stopped) {
            throw new RulesDidNotSettleException(exceeded);
        } catch (RuntimeException e) {
            if (exceeded != null) {
                throw new RulesDidNotSettleException(exceeded);
            }
            if (e instanceof ConsequenceException failed && failed.getRule() != null) {
                throw new RuleFailedException(at(failed.getRule().getName()) + " failed while running: " + why(failed));
            }
            throw e;
        }
    }

    /** What the consequence threw, in its own words ("/ by zero"), else its kind. */
    private static String why(ConsequenceException failed) {
        Throwable cause = failed.getCause() == null ? failed : failed.getCause();
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "a " + cause.getClass().getSimpleName() + " with no message" : message;
    }

    private synchronized void finish() {
        done = true;
    }

    private void halt(String why) {
        if (exceeded == null) {
            exceeded = why;
        }
        session.halt();
    }

    /** The time budget: halt between firings; a consequence stuck in one call is stopped after a grace period. */
    private synchronized void check(long now) {
        if (done || now < deadline) {
            return;
        }
        if (stopAt == Long.MAX_VALUE) {
            // One consequence running for a second or more is the one to name; else the time went on many firings, and
            // the rule that keeps them coming is the cause, not whichever rule happened to be firing when time ran out.
            long since = consequenceSince;
            boolean stuck = since != 0 && now - since >= TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
            String rule = stuck && current != null ? current : culprit();
            halt(at(rule) + " ran for more than " + maxSeconds + " s without settling, after " + total
                    + " firings (the budget is " + maxSeconds + " s per session, readiness.rules.maxSeconds)");
            stopAt = now + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        } else if (now >= stopAt) {
            stopAt = Long.MAX_VALUE - 1; // once: a second stop could land in the thread's own clean-up
            stopThread();
        }
    }

    @SuppressWarnings("removal")
    private void stopThread() {
        try {
            firing.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later cannot stop a thread: the halted session finishes its current call on its own.
        }
    }

    private String at(String rule) {
        RulePlace place = rule == null ? null : places.get(rule);
        String where = place == null ? "rules" : place.file().displayPath() + ":" + place.line();
        return where + ": rule \"" + rule + "\"";
    }

    /**
     * The rule to name when firings run away: every rule that matches a changed fact re-fires with it, so the one
     * that changed facts most (update, delete), else inserted most, is the cause; else the one that fired most.
     */
    private String culprit() {
        Map<String, Integer> cause = !changes.isEmpty() ? changes : !inserts.isEmpty() ? inserts : firings;
        String rule = mostOf(cause);
        return firings.containsKey(rule) ? rule : mostOf(firings);
    }

    private static String mostOf(Map<String, Integer> counts) {
        // The most counted; on a tie, the first by name, so the message is the same on every run.
        return counts.entrySet().stream().min(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
    }

    private static int count(Map<String, Integer> counts) {
        String rule = mostOf(counts);
        return rule == null ? 0 : counts.get(rule);
    }
}
