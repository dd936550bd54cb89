package dev.valuenetwork.common.persistence;

import java.sql.SQLException;

/** A read the database refused or could not answer; the error mapper reports it without its SQL. */
public final class ReadFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReadFailedException(SQLException cause) {
        super("A read failed", cause);
    }
}
