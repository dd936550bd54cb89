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
     * For a single edit: locations become paths of the mutation's input ("companies[0] (kt).country"
     * is "input.country", an investment's "investee" is "input.investeeId"). A reference to a record
     * that does not exist is NOT_FOUND, as for the record a mutation names; the rest INVALID_ARGUMENT.
     */
    static ApiException toException(RecordKind kind, List<DatasetProblem> problems) {
        List<Map<String, String>> listed = problems.stream().limit(MAX_LISTED)
                .map(p -> Map.of("argument", inputPath(kind, p.location()), "message", p.message())).toList();
        DatasetProblem first = problems.get(0);
        String argument = inputPath(kind, first.location());
        ErrorCode code = first.message().endsWith(DatasetValidator.NOT_FOUND) ? ErrorCode.NOT_FOUND : ErrorCode.INVALID_ARGUMENT;
        return new ApiException(code, argument + ": " + first.message()).with("argument", argument).with("problems", listed);
    }

    /** For an import: every problem with its place in the document. */
    public static ApiException ofImport(InvalidDatasetException invalid) {
        List<Map<String, String>> listed = invalid.problems().stream().limit(MAX_LISTED)
                .map(p -> Map.of("location", p.location(), "message", p.message())).toList();
        return new ApiException(ErrorCode.INVALID_ARGUMENT, "The dataset has " + invalid.problems().size()
                + " problem(s); nothing was imported. First: " + invalid.problems().get(0))
                .with("argument", "document").with("problemCount", invalid.problems().size()).with("problems", listed);
    }

    static String inputPath(RecordKind kind, String location) {
        String path = location.replaceFirst("^[a-zA-Z]+\\[\\d+\\]( \\([^)]*\\))?", "").replaceFirst("^\\.", "");
        int end = path.indexOf('.') < 0 ? path.length() : path.indexOf('.');
        String field = path.substring(0, end);
        String named = inputName(kind, field.replaceFirst("\\[.*$", ""));
        path = named + field.substring(field.replaceFirst("\\[.*$", "").length()) + path.substring(end)
                .replace(".source", ".sourceId");
        return "input" + (path.isEmpty() ? "" : "." + path);
    }

    /** The input field that carries a dataset record's field, where the two differ. */
    private static String inputName(RecordKind kind, String field) {
        return switch (field) {
            case "citations" -> "sources";
            case "parent" -> "parentId";
            case "person" -> "personId";
            case "investor" -> "investorId";
            case "investee" -> "investeeId";
            case "speaker" -> "speakerId";
            case "ownerCompany", "ownerAlliance" -> "ownerId";
            case "amount" -> kind == RecordKind.INVESTMENT ? "amount.amount" : field;
            case "currency" -> kind == RecordKind.INVESTMENT ? "amount.currency" : field;
            case "company", "alliance", "product" -> kind == RecordKind.FIGURE ? "subjectId" : field + "Id";
            default -> field;
        };
    }
}
