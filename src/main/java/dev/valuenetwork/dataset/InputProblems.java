package dev.valuenetwork.dataset;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import java.util.List;
import java.util.Map;

/** Dataset problems as a GraphQL error: the first one in the message, all of them in extensions. */
public final class InputProblems {

    static final int MAX_LISTED = 100;

    private InputProblems() {
    }

    /**
     * For a single edit, whose problems the slice already named by the mutation's input paths
     * ("input.country", "input.investeeId"). A reference to a record that does not exist is
     * NOT_FOUND, as for the record a mutation names; the rest INVALID_ARGUMENT.
     */
    static ApiException toException(List<DatasetProblem> problems) {
        List<Map<String, String>> listed = problems.stream().limit(MAX_LISTED)
                .map(p -> Map.of("argument", p.location(), "message", p.message())).toList();
        DatasetProblem first = problems.get(0);
        ErrorCode code = first.unknownReference() ? ErrorCode.NOT_FOUND : ErrorCode.INVALID_ARGUMENT;
        return new ApiException(code, first.location() + ": " + first.message()).with("argument", first.location())
                .with("problems", listed);
    }

    /** For an import: every problem with its place in the document. */
    public static ApiException ofImport(InvalidDatasetException invalid) {
        List<Map<String, String>> listed = invalid.problems().stream().limit(MAX_LISTED)
                .map(p -> Map.of("location", p.location(), "message", p.message())).toList();
        return new ApiException(ErrorCode.INVALID_ARGUMENT, "The dataset has " + invalid.problems().size()
                + " problem(s); nothing was imported. First: " + invalid.problems().get(0))
                .with("argument", "document").with("problemCount", invalid.problems().size()).with("problems", listed);
    }
}
