package readiness.domain;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

import java.util.List;

/** Writes Jackson's path to a value as a user reads it: experience[0].start. */
final class JsonPath {
    private JsonPath() {
    }

    static String of(List<Reference> path) {
        StringBuilder text = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.isEmpty() ? "(top level)" : text.toString();
    }
}
