package dev.valuenetwork.rate;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ExchangeRateQueries {

    /** The columns {@link #read(ResultSet)} reads, in its order. */
    private static final Columns COLUMNS = Columns.of("id", "key", "base", "quote", "rate", "rate_on", "note", "version",
            "created_at", "updated_at", "updated_by");

    public Optional<ExchangeRate> findExchangeRateByKey(String key) {
        return Reads.first(ExchangeRateQueries::read, "SELECT " + COLUMNS.select("x") + " FROM exchange_rate x WHERE x.key = :key",
                "key", key);
    }

    public List<ExchangeRate> listExchangeRates() {
        return Reads.list(ExchangeRateQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM exchange_rate x ORDER BY x.base, x.quote, pd_sort(x.rate_on), x.id");
    }

    public Map<Long, ExchangeRate> exchangeRatesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(ExchangeRateQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM exchange_rate x WHERE x.id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), ExchangeRate::dbId);
    }

    static ExchangeRate read(ResultSet row) throws SQLException {
        return new ExchangeRate(GlobalId.of(ExchangeRate.TYPE, row.getString(2)), row.getString(3), row.getString(4),
                Decimal.of(row.getBigDecimal(5)), PartialDate.parse(row.getString(6)), row.getString(7), row.getInt(8),
                Reads.timestamp(row, 9), Reads.timestamp(row, 10), row.getString(11), row.getLong(1));
    }
}
