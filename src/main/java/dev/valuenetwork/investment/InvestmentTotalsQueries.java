package dev.valuenetwork.investment;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.rate.ExchangeRate;
import dev.valuenetwork.rate.ExchangeRateQueries;
import dev.valuenetwork.common.persistence.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Investment totals in one statement. Each known amount is converted with the recorded rate for
 * its currency pair whose date is the latest not after the investment's (the latest rate when
 * none is that early, or when the investment is undated); KRW is reached through USD. Rows are
 * grouped by the requested keys and by currency, and folded into groups here so that every
 * group keeps one sum per original currency.
 */
@ApplicationScoped
public class InvestmentTotalsQueries {

    @Inject
    ExchangeRateQueries rates;

    /** The rate between %1$s and p.currency as units of p.currency per unit of %1$s, joined as %2$s. */
    private static final String RATE = """
            LEFT JOIN LATERAL (SELECT r.id, CASE WHEN r.base = '%1$s' THEN r.rate ELSE 1 / r.rate END AS factor
                               FROM exchange_rate r
                               WHERE (r.base = '%1$s' AND r.quote = %3$s) OR (r.base = %3$s AND r.quote = '%1$s')
                               ORDER BY (p.announced_on IS NULL OR pd_start(r.rate_on) <= pd_end(p.announced_on)) DESC,
                                        pd_sort(r.rate_on) DESC, r.id DESC
                               LIMIT 1) %2$s ON %4$s
            """;

    /**
     * Rates are looked up once per distinct (currency, date) of the selected investments, a few
     * hundred at most, and joined back to the rows by hash; then rows are grouped.
     */
    private static final String SQL = """
            WITH selected AS (
              SELECT %s AS investor_id, %s AS investee_id, %s AS year, x.currency, x.amount,
                     coalesce(CAST(x.announced_on AS text), '') AS dated, x.announced_on
              FROM investment x %s
            ), pairs AS (
              SELECT DISTINCT currency, dated, announced_on FROM selected WHERE amount IS NOT NULL
            ), rates AS (
              SELECT p.currency, p.dated, usd.id AS usd_rate, usd.factor AS usd_factor, krw.id AS krw_rate,
                     krw.factor AS usd_to_krw
              FROM pairs p %s %s
            ), converted AS (
              SELECT s.*, CASE WHEN s.currency = 'USD' THEN s.amount ELSE s.amount / r.usd_factor END AS usd,
                     r.usd_rate, r.krw_rate, r.usd_to_krw
              FROM selected s LEFT JOIN rates r ON r.currency = s.currency AND r.dated = s.dated
            )
            SELECT investor_id, investee_id, year, currency, count(*) AS n, count(*) FILTER (WHERE amount IS NULL) AS unknown,
                   sum(amount) AS total, sum(usd) AS usd, count(*) FILTER (WHERE amount IS NOT NULL AND usd IS NULL) AS no_usd,
                   sum(CASE WHEN currency = 'KRW' THEN amount ELSE usd * usd_to_krw END) AS krw,
                   count(*) FILTER (WHERE amount IS NOT NULL AND currency <> 'KRW' AND (usd IS NULL OR usd_to_krw IS NULL)) AS no_krw,
                   array_remove(array_agg(DISTINCT usd_rate) || array_agg(DISTINCT krw_rate), NULL) AS rates
            FROM converted GROUP BY investor_id, investee_id, year, currency ORDER BY investor_id, investee_id, year, currency
            """;

    public InvestmentTotals totals(List<InvestmentGroup> groupBy, InvestmentFilter filter) {
        if (groupBy == null || groupBy.isEmpty()) {
            throw ApiException.invalidArgument("groupBy", "'groupBy' needs at least one of INVESTOR, INVESTEE, YEAR, CURRENCY.");
        }
        Conditions conditions = new Conditions();
        if (filter != null) {
            InvestmentFilters.apply(filter, conditions);
        }
        String sql = SQL.formatted(
                groupBy.contains(InvestmentGroup.INVESTOR) ? "x.investor_id" : "CAST(NULL AS bigint)",
                groupBy.contains(InvestmentGroup.INVESTEE) ? "x.investee_id" : "CAST(NULL AS bigint)",
                groupBy.contains(InvestmentGroup.YEAR) ? "CAST(extract(year FROM pd_start(x.announced_on)) AS integer)" : "CAST(NULL AS integer)",
                conditions.sql(),
                RATE.formatted("USD", "usd", "p.currency", "p.currency <> 'USD'"),
                RATE.formatted("USD", "krw", "'KRW'", "p.currency <> 'KRW'"));
        List<Row> rows = Reads.listPlannedForValues(Row::read, sql, conditions.parameterArray());
        return fold(rows, groupBy.contains(InvestmentGroup.CURRENCY), rates);
    }

    /** One row of the statement: the sums of one group key and currency. */
    private record Row(Long investorId, Long investeeId, Integer year, String currency, int count, int unknown,
            BigDecimal total, BigDecimal usd, int noUsd, BigDecimal krw, int noKrw, Long[] rates) {

        static Row read(ResultSet row) throws SQLException {
            int year = row.getInt("year");
            Integer knownYear = row.wasNull() ? null : year;
            return new Row(Reads.nullableLong(row, "investor_id"), Reads.nullableLong(row, "investee_id"), knownYear,
                    row.getString("currency"), row.getInt("n"), row.getInt("unknown"), row.getBigDecimal("total"),
                    row.getBigDecimal("usd"), row.getInt("no_usd"), row.getBigDecimal("krw"), row.getInt("no_krw"),
                    (Long[]) row.getArray("rates").getArray());
        }
    }

    /** Folds per-currency rows into groups; one sum per currency stays in each group. */
    private static InvestmentTotals fold(List<Row> rows, boolean byCurrency, ExchangeRateQueries rateQueries) {
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        Set<Long> allRates = new LinkedHashSet<>();
        for (Row row : rows) {
            List<Object> key = java.util.Arrays.asList(row.investorId(), row.investeeId(), row.year(),
                    byCurrency ? row.currency() : null);
            Group group = groups.computeIfAbsent(key, k -> new Group());
            group.add(row);
            allRates.addAll(group.rates);
        }
        Map<Long, ExchangeRate> rates = allRates.isEmpty() ? Map.of() : rateQueries.exchangeRatesByIds(allRates);
        List<InvestmentTotal> totals = new ArrayList<>();
        groups.forEach((key, group) -> totals.add(group.total(key, rates)));
        return new InvestmentTotals(totals, allRates.stream().map(rates::get).toList());
    }

    /** The running sums of one group. */
    private static final class Group {
        int count;
        int unknown;
        final Map<String, BigDecimal> sums = new LinkedHashMap<>();
        BigDecimal usd;
        BigDecimal krw;
        int noUsd;
        int noKrw;
        final Set<Long> rates = new LinkedHashSet<>();

        void add(Row row) {
            count += row.count();
            unknown += row.unknown();
            noUsd += row.noUsd();
            noKrw += row.noKrw();
            if (row.currency() != null && row.total() != null) {
                sums.merge(row.currency(), row.total(), BigDecimal::add);
            }
            usd = plus(usd, row.usd());
            krw = plus(krw, row.krw());
            rates.addAll(java.util.Arrays.asList(row.rates()));
        }

        InvestmentTotal total(List<Object> key, Map<Long, ExchangeRate> known) {
            List<Money> money = sums.entrySet().stream().map(e -> new Money(Decimal.of(e.getValue()), e.getKey())).toList();
            return new InvestmentTotal(key.get(2) == null ? null : ((Number) key.get(2)).intValue(), (String) key.get(3),
                    count, unknown, money, Decimal.of(round(usd)), noUsd, Decimal.of(round(krw)), noKrw,
                    rates.stream().map(known::get).toList(),
                    key.get(0) == null ? null : ((Number) key.get(0)).longValue(),
                    key.get(1) == null ? null : ((Number) key.get(1)).longValue());
        }

        private static BigDecimal plus(BigDecimal a, BigDecimal b) {
            return b == null ? a : a == null ? b : a.add(b);
        }

        private static BigDecimal round(BigDecimal value) {
            return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_EVEN);
        }
    }
}
