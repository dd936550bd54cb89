package dev.valuenetwork.common.error;

import dev.valuenetwork.common.graphql.InvalidPartialDateException;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.InvalidSyntaxError;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Rewrites every error, whatever raised it, into an {@link ApiError} with a stable code. Unknown
 * failures are logged with an id and reach the client only as that id: no class names, SQL or
 * stack traces ever leave the service.
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    /**
     * The language graphql-java writes its messages in, for every request on every transport.
     * It ships German and Dutch messages too and picks them by the request's locale, which defaults
     * to the host's: on a German host the rewrites below would stop matching and clients would get
     * another language than the rest of the API speaks. The root locale, not English: it has no
     * bundle of its own, so a request for English falls back to the host's language first.
     */
    public static final Locale MESSAGES = Locale.ROOT;
    /** Messages that mention Java types or packages are not for clients. */
    private static final Pattern WRONG_TYPE = Pattern.compile("argument '(\\w+)' with value '(.*)' is not a valid '(\\w+)'");
    private static final Pattern MISSING_FIELDS = Pattern.compile("argument '(\\w+)' with value .* is missing required fields '\\[(.*)\\]'");
    private static final Pattern AST_VALUE = Pattern.compile("\\w+Value\\{value='?(.*?)'?}");
    private static final Pattern LEAKY = Pattern.compile("\\b(java|jakarta|javax|io|org|com|dev)\\.[a-z]|Exception|\\bSQL\\b");

    private ErrorMapper() {
    }

    public static List<GraphQLError> mapAll(List<GraphQLError> errors) {
        // A field that failed with its own error and was then null where it may not be gets a
        // second error from graphql-java for the null; the first one says what went wrong.
        return errors.stream()
                .filter(e -> !(e instanceof NonNullableFieldWasNullError) || errors.stream()
                        .noneMatch(other -> other != e && pathOf(other).equals(pathOf(e))))
                .map(ErrorMapper::map).toList();
    }

    /** Where an error happened; SmallRye reports a bad argument as a validation error with a query path. */
    private static String pathOf(GraphQLError error) {
        if (error instanceof ValidationError validation && validation.getQueryPath() != null) {
            return String.valueOf(validation.getQueryPath());
        }
        return error.getPath() == null ? "" : String.valueOf(error.getPath().stream().map(String::valueOf).toList());
    }

    public static GraphQLError map(GraphQLError error) {
        if (error instanceof ApiError) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(unwrap(fetching.getException()), error);
        }
        if (error instanceof InvalidSyntaxError) {
            return mapped(ErrorCode.GRAPHQL_PARSE_FAILED, safe(error.getMessage(), "The document is not valid GraphQL."), error);
        }
        if (error instanceof ValidationError validation) {
            return fromValidation(validation);
        }
        if (error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException) {
            return mapped(ErrorCode.INVALID_ARGUMENT, safe(error.getMessage(), "A variable has an invalid value."), error);
        }
        if (error instanceof LimitExceededException limit) {
            return limit.error();
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return mapped(ErrorCode.GRAPHQL_VALIDATION_FAILED, safe(error.getMessage(), "The document is not valid."), error);
        }
        if (error.getClass().getName().contains("BadFaithIntrospection")) {
            return mapped(ErrorCode.QUERY_TOO_COSTLY, "Introspection may ask for __schema and __type once each per"
                    + " document, and nest only so deep; split the document.", error);
        }
        return internal(null, error);
    }

    private static GraphQLError fromValidation(ValidationError error) {
        String description = error.getDescription() != null ? error.getDescription() : error.getMessage();
        // A literal argument of the wrong shape (a date like "2024-13", a string for an Int) is a
        // bad argument value rather than a malformed document.
        if (error.getValidationErrorType() == ValidationErrorType.WrongType) {
            Matcher wrong = WRONG_TYPE.matcher(description);
            if (wrong.find()) {
                String argument = wrong.group(1);
                String value = literal(wrong.group(2));
                return new ApiError(ErrorCode.INVALID_ARGUMENT, "Argument '" + argument + "' has an invalid value "
                        + value + ": " + expected(wrong.group(3)), error.getLocations(), error.getPath(),
                        Map.of("argument", argument));
            }
            Matcher missing = MISSING_FIELDS.matcher(description);
            if (missing.find()) {
                return new ApiError(ErrorCode.INVALID_ARGUMENT, "Argument '" + missing.group(1) + "' is missing required fields: "
                        + missing.group(2) + ".", error.getLocations(), error.getPath(), Map.of("argument", missing.group(1)));
            }
            return mapped(ErrorCode.INVALID_ARGUMENT, safe(description, "An argument has an invalid value."), error);
        }
        return mapped(ErrorCode.GRAPHQL_VALIDATION_FAILED, safe(description, "The document does not match the schema."), error);
    }

    /** graphql-java prints literals as AST nodes, StringValue{value='2024-13'}; show the value. */
    private static String literal(String printed) {
        Matcher inner = AST_VALUE.matcher(printed);
        return inner.matches() ? "'" + inner.group(1) + "'" : printed;
    }

    private static String expected(String type) {
        return switch (type) {
            case "PartialDate" -> "expected a PartialDate such as \"2024\", \"2024-06\" or \"2024-06-15\", naming a real date.";
            case "Decimal" -> "expected a decimal number in a string, such as \"1348.5\".";
            default -> "expected a value of type " + type + ".";
        };
    }

    private static GraphQLError fromException(Throwable exception, GraphQLError error) {
        if (exception instanceof ApiException api) {
            return new ApiError(api.code(), api.getMessage(), error.getLocations(), error.getPath(), api.extensions());
        }
        if (exception instanceof InvalidPartialDateException) {
            return mapped(ErrorCode.INVALID_ARGUMENT, exception.getMessage(), error);
        }
        ApiException database = DatabaseErrors.of(exception);
        if (database != null) {
            return new ApiError(database.code(), database.getMessage(), error.getLocations(), error.getPath(), database.extensions());
        }
        return internal(exception, error);
    }

    /** A failure outside any field (the request's own handling): logged under an id, answered with the id only. */
    public static GraphQLError unexpected(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure %s", errorId);
        return new ApiError(ErrorCode.INTERNAL_ERROR, "Internal server error; quote error id " + errorId + " when reporting it.",
                null, null, Map.of("errorId", errorId));
    }

    private static GraphQLError internal(Throwable exception, GraphQLError error) {
        String errorId = UUID.randomUUID().toString();
        if (exception != null) {
            LOG.errorf(exception, "Unexpected failure %s at %s", errorId, error.getPath());
        } else {
            LOG.errorf("Unexpected error %s: %s", errorId, error.getMessage());
        }
        return new ApiError(ErrorCode.INTERNAL_ERROR, "Internal server error; quote error id " + errorId + " when reporting it.",
                error.getLocations(), error.getPath(), Map.of("errorId", errorId));
    }

    private static ApiError mapped(ErrorCode code, String message, GraphQLError error) {
        return new ApiError(code, message, error.getLocations(), error.getPath(), null);
    }

    private static String safe(String message, String fallback) {
        return message == null || LEAKY.matcher(message).find() ? fallback : message;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof CompletionException || current instanceof ExecutionException
                        || current instanceof InvocationTargetException
                        || current instanceof io.smallrye.graphql.execution.datafetcher.DataFetcherException
                        || current.getClass().getName().startsWith("io.smallrye.graphql"))) {
            current = current.getCause();
        }
        return current;
    }
}
