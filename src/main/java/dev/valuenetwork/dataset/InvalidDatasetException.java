package dev.valuenetwork.dataset;

import java.util.List;

/** A dataset that cannot be imported, with every problem found. Nothing of it was written. */
public final class InvalidDatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DatasetProblem> problems;

    public InvalidDatasetException(List<DatasetProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
