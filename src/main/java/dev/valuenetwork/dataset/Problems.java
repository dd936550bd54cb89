package dev.valuenetwork.dataset;

import java.util.ArrayList;
import java.util.List;

/** Problems found in a dataset, in the order found. */
final class Problems {

    private final List<DatasetProblem> found = new ArrayList<>();

    /** The location of a record: its list, index and key. */
    static String at(String list, int index, String key) {
        return list + "[" + index + "]" + (key == null ? "" : " (" + key + ")");
    }

    void check(String at, String field, String problem) {
        if (problem != null) {
            add(at + "." + field, problem);
        }
    }

    void add(String location, String message) {
        found.add(new DatasetProblem(location, message));
    }

    /** A reference to a record that is neither in the document nor stored. */
    void addUnknownReference(String location, String message) {
        found.add(new DatasetProblem(location, message, true));
    }

    List<DatasetProblem> all() {
        return List.copyOf(found);
    }
}
