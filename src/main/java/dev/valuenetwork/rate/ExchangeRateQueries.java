package dev.valuenetwork.rate;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
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

    public Optional<ExchangeRate> findExchangeRateByKey(String key) {
        return Reads.first(ExchangeRateQueries::read, "SELECT * FROM exchange_rate WHERE key = :key", "key", key);
    }

    public List<ExchangeRate> listExchangeRates() {
        return Reads.list(ExchangeRateQueries::read, "SELECT * FROM exchange_rate ORDER BY base, quote, pd_sort(rate_on), id");
    }

    public Map<Long, ExchangeRate> exchangeRatesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(ExchangeRateQueries::read, "SELECT * FROM exchange_rate WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), ExchangeRate::dbId);
    }

    static ExchangeRate read(ResultSet row) throws SQLException {
        return new ExchangeRate(GlobalId.of(ExchangeRate.TYPE, row.getString("key")), row.getString("base"), row.getString("quote"),
                Decimal.of(row.getBigDecimal("rate")), PartialDate.parse(row.getString("rate_on")), row.getString("note"),
                row.getInt("version"), Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"),
                row.getString("updated_by"), row.getLong("id"));
    }
}
