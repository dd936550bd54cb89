package dev.valuenetwork.common.error;

import java.sql.SQLException;
import java.util.Map;

/**
 * Database refusals that reach a client: constraint violations and lost optimistic locks. They
 * become coded errors with a sentence of their own, never the database's message, which would
 * show SQL and table names.
 */
final class DatabaseErrors {

    private static final Map<String, String> CONSTRAINTS = Map.of(
            "membership_no_overlap", "The company is already a member of that alliance over that period.",
            "node_slug_pkey", "That slug is already taken; companies, people, alliances and products share one namespace.",
            "fact_requires_citation", "Every fact needs at least one source.",
            "investment_check", "A company cannot invest in itself.");

    /** What an outage answer suggests: the pool's acquisition timeout is 2 s, recovery usually quicker. */
    static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseErrors() {
    }

    /**
     * The database is down, unreachable or restarting: PostgreSQL's connection exceptions (class
     * 08), its shutdown and start-up states (57P01-57P03), or the pool finding no connection in
     * its acquisition timeout.
     */
    static boolean unavailable(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            return sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
        }
        String name = t.getClass().getName();
        return name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("java.net.ConnectException");
    }

    /** The coded error for a database refusal, or null when the exception is something else. */
    static ApiException of(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException") || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return new ApiException(ErrorCode.CONFLICT, "The record was changed by someone else at the same time;"
                        + " refetch it and apply the change again.");
            }
            if (unavailable(t)) {
                return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "The database cannot be reached right now;"
                        + " nothing was read or written. Retry in a few seconds.").with("retryAfterSeconds", RETRY_AFTER_SECONDS);
            }
            if (t instanceof SQLException sql) {
                // A JDBC batch reports the statement that failed as its "next" exception.
                SQLException failed = sql.getNextException() != null ? sql.getNextException() : sql;
                if (failed.getSQLState() != null && failed.getSQLState().startsWith("23")) {
                    return constraint(failed);
                }
                if (failed.getSQLState() != null && failed.getSQLState().startsWith("22")) {
                    // a data exception: a value the database cannot hold or compute with
                    return new ApiException(ErrorCode.INVALID_ARGUMENT, "A value in the request is outside what the data"
                            + " can hold (a date, a number or a text the database refuses).");
                }
            }
        }
        return null;
    }

    private static ApiException constraint(SQLException sql) {
        String constraint = constraintName(sql);
        String message = constraint == null ? null : CONSTRAINTS.get(constraint);
        ErrorCode code = switch (sql.getSQLState()) {
            case "23505", "23P01", "23503" -> ErrorCode.CONFLICT;
            default -> ErrorCode.INVALID_ARGUMENT;
        };
        if (message == null) {
            message = code == ErrorCode.CONFLICT ? "The change conflicts with data already stored."
                    : "The change breaks a rule of the data (a value out of range or missing).";
        }
        ApiException error = new ApiException(code, message);
        return constraint == null ? error : error.with("constraint", constraint);
    }

    private static String constraintName(SQLException sql) {
        if (sql instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return null;
    }
}
