package readiness.facts;

import java.util.ArrayList;
import java.util.List;

/** Collects the next-step catalog declared in catalog.drl, to be inserted as facts. */
public final class Catalog {
    private final List<Object> actions = new ArrayList<>();

    @Declaration
    public Action action(String id, String label) {
        Action action = new Action(id, label, actions.size());
        actions.add(action);
        return action;
    }

    public List<Object> facts() { return List.copyOf(actions); }
}
