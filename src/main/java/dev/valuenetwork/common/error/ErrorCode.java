package dev.valuenetwork.common.error;

/** The stable codes clients find in {@code extensions.code}; docs/errors.md explains each. */
public enum ErrorCode {
    /** An argument or input value is malformed or out of range. */
    INVALID_ARGUMENT,
    /** The object named by an id or slug does not exist. */
    NOT_FOUND,
    /** The change conflicts with the current state (stale version, taken slug, references). */
    CONFLICT,
    /** The operation needs a token and none (or an invalid one) was given. */
    UNAUTHENTICATED,
    /** The token lacks the role the operation needs. */
    FORBIDDEN,
    /** The document nests fields deeper than the configured limit. */
    QUERY_TOO_DEEP,
    /** The document could return more nodes than the configured limit. */
    QUERY_TOO_COSTLY,
    /** The answer would pass a size bound of the operation (network and path searches). */
    RESULT_TOO_LARGE,
    /** The operation ran longer than its time bound and was stopped. */
    TIMEOUT,
    /** The client's cost budget or its number of running requests is used up; retry after {@code Retry-After}. */
    RATE_LIMITED,
    /** A persisted-query hash the service does not know: send the document with its hash once to register it. */
    PERSISTED_QUERY_NOT_FOUND,
    /** Trusted-documents mode: the document is not in the service's manifest. */
    DOCUMENT_NOT_TRUSTED,
    /** The database cannot be reached; nothing was read or written. Retry after {@code Retry-After}. */
    SERVICE_UNAVAILABLE,
    /** The document is not valid GraphQL syntax. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not match the schema. */
    GRAPHQL_VALIDATION_FAILED,
    /** The HTTP request itself is malformed (no query, unreadable JSON). */
    BAD_REQUEST,
    /** An unexpected failure on the server; the error id finds it in the logs. */
    INTERNAL_ERROR
}
