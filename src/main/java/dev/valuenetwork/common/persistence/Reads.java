package dev.valuenetwork.common.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * Read-only SQL with its rows mapped straight to the GraphQL records: no persistence context,
 * no entity hydration, no transaction for a plain read. Named parameters ({@code :ids}) are
 * bound in order; the parsed form of each statement text is kept.
 *
 * <p>Where the statement runs: inside {@link #inTransaction} on that transaction's connection;
 * inside a write transaction on Hibernate's connection, after a flush, so a mutation reads what
 * it wrote; otherwise on a pooled connection in autocommit mode, returned at once.
 */
public final class Reads {

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Connection> TRANSACTION = new ThreadLocal<>();
    private static volatile AgroalDataSource dataSource;
    private static volatile TransactionManager transactions;

    private Reads() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /**
     * Rows of a statement whose plan does not depend on its values (a lookup by key, a batch of
     * parents): after a few calls the server keeps one prepared plan for it. Parameters alternate
     * name and value.
     */
    public static <R> List<R> list(RowReader<R> reader, String sql, Object... parameters) {
        return list(reader, sql, true, parameters);
    }

    /**
     * Rows of a statement whose best plan depends on its values (a filtered list, a search): it
     * is planned for them on every call. A plan prepared once for unknown values may read the
     * wrong index: measured, a filtered page took 50 ms with the kept plan and 0.3 ms (plus 0.6 ms
     * planning) with its own.
     */
    public static <R> List<R> listPlannedForValues(RowReader<R> reader, String sql, Object... parameters) {
        return list(reader, sql, false, parameters);
    }

    /**
     * A filtered list on {@code table}: planned for its values when the table is large
     * ({@link TableSizes}), where a plan kept for unknown values can read the wrong index, and kept
     * like any other statement while it is small, where planning costs more than running.
     */
    public static <R> List<R> listPlannedForValuesWhenLarge(String table, RowReader<R> reader, String sql, Object... parameters) {
        if (TableSizes.large(dataSource(), table)) {
            // Its own text: once pgjdbc has prepared a statement on a connection it runs that
            // (kept) plan whatever the threshold, so the two ways must not share a text.
            return list(reader, sql + " /* planned for its values */", false, parameters);
        }
        return list(reader, sql, true, parameters);
    }

    private static <R> List<R> list(RowReader<R> reader, String sql, boolean keepPlan, Object... parameters) {
        return run(connection -> {
            Parsed parsed = PARSED.computeIfAbsent(sql, Parsed::of);
            try (PreparedStatement statement = connection.prepareStatement(parsed.sql())) {
                if (!keepPlan) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                parsed.bind(statement, parameters);
                SqlStatementCounter.countStatement();
                try (ResultSet rows = statement.executeQuery()) {
                    List<R> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(reader.read(rows));
                    }
                    SqlStatementCounter.countRows(found.size());
                    return found;
                }
            }
        });
    }

    public static <R> Optional<R> first(RowReader<R> reader, String sql, Object... parameters) {
        List<R> rows = list(reader, sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Runs reads in one read-only transaction on one connection, for reads that need a setting
     * of their own ({@link #setLocal}) or a consistent view across statements.
     */
    public static <T> T inTransaction(Supplier<T> work) {
        if (TRANSACTION.get() != null || inWriteTransaction()) {
            return work.get();
        }
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            TRANSACTION.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                TRANSACTION.remove();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ReadFailedException(e);
        }
    }

    /** A setting for the rest of the current transaction (see {@link #inTransaction}). */
    public static void setLocal(String name, String value) {
        list(row -> row.getString(1), "SELECT set_config(:name, :value, true)", "name", name, "value", value);
    }

    /** Every column of the row, as the driver types them (bigint as Long, text and partial dates as String). */
    public static Object[] columns(ResultSet row) throws SQLException {
        Object[] values = new Object[row.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getObject(i + 1);
        }
        return values;
    }

    /** A nullable bigint column. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        return nullableLong(row, row.findColumn(column));
    }

    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A text[] column as a list (empty for NULL). */
    public static List<String> texts(ResultSet row, String column) throws SQLException {
        return texts(row, row.findColumn(column));
    }

    public static List<String> texts(ResultSet row, int column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static java.time.OffsetDateTime timestamp(ResultSet row, String column) throws SQLException {
        return timestamp(row, row.findColumn(column));
    }

    public static java.time.OffsetDateTime timestamp(ResultSet row, int column) throws SQLException {
        return row.getObject(column, java.time.OffsetDateTime.class);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T run(Work<T> work) {
        try {
            Connection bound = TRANSACTION.get();
            if (bound != null) {
                return work.run(bound);
            }
            if (inWriteTransaction()) {
                var entityManager = Panache.getEntityManager();
                entityManager.flush();
                return entityManager.unwrap(Session.class).doReturningWork(work::run);
            }
            try (Connection connection = dataSource().getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new ReadFailedException(e);
        }
    }

    /** Whether the calling thread runs in a (write) transaction, whose connection a read must use. */
    private static boolean inWriteTransaction() {
        TransactionManager found = transactions;
        if (found == null) {
            found = Arc.container().instance(TransactionManager.class).get();
            transactions = found;
        }
        try {
            return found.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource dataSource() {
        AgroalDataSource found = dataSource;
        if (found == null) {
            found = Arc.container().instance(AgroalDataSource.class).get();
            dataSource = found;
        }
        return found;
    }

    /** A statement with its named parameters replaced by positional ones. */
    private record Parsed(String sql, List<String> names) {

        static Parsed of(String text) {
            StringBuilder sql = new StringBuilder(text.length());
            List<String> names = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'') { // a literal: copied as it is
                    int end = text.indexOf('\'', i + 1);
                    end = end < 0 ? text.length() - 1 : end;
                    sql.append(text, i, end + 1);
                    i = end + 1;
                } else if (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') { // a cast
                    sql.append("::");
                    i += 2;
                } else if (c == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                        end++;
                    }
                    names.add(text.substring(i + 1, end));
                    sql.append('?');
                    i = end;
                } else {
                    sql.append(c);
                    i++;
                }
            }
            return new Parsed(sql.toString(), List.copyOf(names));
        }

        void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
            for (int position = 0; position < names.size(); position++) {
                Object value = valueOf(names.get(position), parameters);
                if (value == null) {
                    statement.setNull(position + 1, Types.VARCHAR);
                } else {
                    statement.setObject(position + 1, value);
                }
            }
        }

        private static Object valueOf(String name, Object[] parameters) {
            for (int i = 0; i < parameters.length; i += 2) {
                if (name.equals(parameters[i])) {
                    return parameters[i + 1];
                }
            }
            throw new IllegalArgumentException("No value for the SQL parameter :" + name);
        }
    }
}
