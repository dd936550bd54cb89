package dev.valuenetwork.common.error;

import graphql.execution.AbortExecutionException;
import java.util.List;

/** Stops a request before any resolver runs because it is too deep or could return too much. */
public final class LimitExceededException extends AbortExecutionException {

    private static final long serialVersionUID = 1L;

    private final ApiError error;

    public LimitExceededException(ErrorCode code, String message, int actual, int limit) {
        super(message);
        this.error = new ApiError(code, message, null, null, java.util.Map.of("actual", actual, "limit", limit));
    }

    public ApiError error() {
        return error;
    }

    @Override
    public List<graphql.GraphQLError> getUnderlyingErrors() {
        return List.of(error);
    }
}
