package dev.valuenetwork.support;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Direct reads of the test database, for asserting what a request wrote (or did not). */
public final class Database {

    private static final String FINGERPRINT = """
            SELECT concat_ws('/',
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM company),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM person),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM executive),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM alliance),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM membership),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM investment),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM statement),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM product),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM reported_figure),
              (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM source),
              (SELECT count(*) FROM citation), (SELECT count(*) FROM audit_log))""";

    private Database() {
    }

    /** Row counts and version sums of every table: equal before and after means nothing was written. */
    public static String fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager().createNativeQuery(FINGERPRINT)
                .getSingleResult());
    }

    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(sql)
                .getSingleResult()).longValue());
    }
}
