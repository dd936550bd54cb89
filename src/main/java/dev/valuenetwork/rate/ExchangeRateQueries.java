package dev.valuenetwork.rate;

import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ExchangeRateQueries {

    @Transactional
    public Optional<ExchangeRate> findExchangeRateByKey(String key) {
        return ExchangeRateEntity.<ExchangeRateEntity>find("key", key).firstResultOptional().map(ExchangeRate::of);
    }

    @Transactional
    public List<ExchangeRate> listExchangeRates() {
        return Sql.rows(ExchangeRateEntity.class, "SELECT * FROM exchange_rate ORDER BY base, quote, pd_sort(rate_on), id")
                .stream().map(ExchangeRate::of).toList();
    }

    public Map<Long, ExchangeRate> exchangeRatesByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(ExchangeRateEntity.class, "SELECT * FROM exchange_rate WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, ExchangeRate::of);
    }
}
