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

    /** For a single edit: locations become input paths ("companies[0] (kt).country" is "input.country"). */
    static ApiException toException(List<DatasetProblem> problems) {
        List<Map<String, String>> listed = problems.stream().limit(MAX_LISTED)
                .map(p -> Map.of("argument", inputPath(p.location()), "message", p.message())).toList();
        DatasetProblem first = problems.get(0);
        return new ApiException(ErrorCode.INVALID_ARGUMENT, inputPath(first.location()) + ": " + first.message())
                .with("argument", inputPath(first.location())).with("problems", listed);
    }

    /** For an import: every problem with its place in the document. */
    public static ApiException ofImport(InvalidDatasetException invalid) {
        List<Map<String, String>> listed = invalid.problems().stream().limit(MAX_LISTED)
                .map(p -> Map.of("location", p.location(), "message", p.message())).toList();
        return new ApiException(ErrorCode.INVALID_ARGUMENT, "The dataset has " + invalid.problems().size()
                + " problem(s); nothing was imported. First: " + invalid.problems().get(0))
                .with("argument", "document").with("problemCount", invalid.problems().size()).with("problems", listed);
    }

    static String inputPath(String location) {
        String path = location.replaceFirst("^[a-zA-Z]+\\[\\d+\\]( \\([^)]*\\))?", "");
        return "input" + (path.startsWith(".") || path.isEmpty() ? path : "." + path);
    }
}
