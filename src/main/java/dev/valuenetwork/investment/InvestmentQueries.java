package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.OrderDirection;
import dev.valuenetwork.common.paging.DateOrder;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of investments, newest first (undated ones last). */
@ApplicationScoped
public class InvestmentQueries {

    public Optional<Investment> findInvestmentByKey(String key) {
        return Reads.first(InvestmentQueries::read, "SELECT * FROM investment WHERE key = :key", "key", key);
    }

    public InvestmentConnection listInvestments(InvestmentFilter filter, InvestmentOrder order, PageRequest page) {
        KeysetQuery<Investment> query = KeysetQuery.of(InvestmentQueries::read, "investment x");
        if (filter != null) {
            InvestmentFilters.apply(filter, query);
        }
        SortOrder<Investment> sort = sortOrder(order);
        return page.toConnection(query.page(sort, page), sort::cursor, query::count,
                InvestmentConnection.InvestmentEdge::new, InvestmentConnection::new);
    }

    private static SortOrder<Investment> sortOrder(InvestmentOrder order) {
        boolean descending = order == null || order.direction() != OrderDirection.ASC;
        if (order != null && order.field() == InvestmentOrder.Field.AMOUNT) {
            String known = descending ? "(x.amount IS NOT NULL)" : "(x.amount IS NULL)";
            return new SortOrder<>(descending, List.of(new SortOrder.Column(known, "boolean"),
                    new SortOrder.Column("coalesce(x.amount, 0)", "numeric"), new SortOrder.Column("x.id", "bigint")),
                    i -> List.of(Boolean.toString(descending == (i.amount() != null)),
                            i.amount() == null ? "0" : i.amount().amount().value().toPlainString(), Long.toString(i.dbId())));
        }
        return DateOrder.of("announced_on", descending, i -> i.announcedOn() == null ? null : i.announcedOn().toString(),
                Investment::dbId);
    }

    public Map<Long, List<Investment>> investmentsByInvestors(Collection<Long> companyIds, Integer first) {
        return Sql.group(investments("investor_id", companyIds, first), Investment::investorId);
    }

    public Map<Long, List<Investment>> investmentsInInvestees(Collection<Long> companyIds, Integer first) {
        return Sql.group(investments("investee_id", companyIds, first), Investment::investeeId);
    }

    private static List<Investment> investments(String parentColumn, Collection<Long> ids, int first) {
        return Reads.list(InvestmentQueries::read, """
                SELECT i.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM investment i WHERE i.%s = p.id
                                    ORDER BY pd_sort(i.announced_on) DESC, i.id DESC LIMIT :first) i
                """.formatted(parentColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Investment read(ResultSet row) throws SQLException {
        BigDecimal amount = row.getBigDecimal("amount");
        return new Investment(GlobalId.of(Investment.TYPE, row.getString("key")),
                amount == null ? null : new Money(Decimal.of(amount), row.getString("currency")),
                PartialDate.parse(row.getString("announced_on")), row.getString("purpose"), row.getInt("version"),
                Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"), row.getString("updated_by"),
                row.getLong("id"), row.getLong("investor_id"), row.getLong("investee_id"));
    }
}
