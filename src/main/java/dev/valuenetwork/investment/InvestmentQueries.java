package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.OrderDirection;
import dev.valuenetwork.common.paging.DateOrder;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of investments, newest first (undated ones last). */
@ApplicationScoped
public class InvestmentQueries {

    @Transactional
    public Optional<Investment> findInvestmentByKey(String key) {
        return InvestmentEntity.<InvestmentEntity>find("key", key).firstResultOptional().map(InvestmentQueries::toApi);
    }

    @Transactional
    public InvestmentConnection listInvestments(InvestmentFilter filter, InvestmentOrder order, PageRequest page) {
        KeysetQuery<InvestmentEntity> query = KeysetQuery.of(InvestmentEntity.class, "investment x");
        if (filter != null) {
            InvestmentFilters.apply(filter, query);
        }
        SortOrder<InvestmentEntity> sort = sortOrder(order);
        return page.toConnection(query.page(sort, page), sort::cursor, InvestmentQueries::toApi, query.count(),
                InvestmentConnection.InvestmentEdge::new, InvestmentConnection::new);
    }

    private static SortOrder<InvestmentEntity> sortOrder(InvestmentOrder order) {
        boolean descending = order == null || order.direction() != OrderDirection.ASC;
        if (order != null && order.field() == InvestmentOrder.Field.AMOUNT) {
            String known = descending ? "(x.amount IS NOT NULL)" : "(x.amount IS NULL)";
            return new SortOrder<>(descending, List.of(new SortOrder.Column(known, "boolean"),
                    new SortOrder.Column("coalesce(x.amount, 0)", "numeric"), new SortOrder.Column("x.id", "bigint")),
                    e -> List.of(Boolean.toString(descending == (e.amount != null)),
                            e.amount == null ? "0" : e.amount.toPlainString(), e.id.toString()));
        }
        return DateOrder.of("announced_on", descending, e -> e.announcedOn, e -> e.id);
    }

    public Map<Long, List<Investment>> investmentsByInvestors(Collection<Long> companyIds, Integer first) {
        return Sql.group(investments("investor_id", companyIds, first), e -> e.investorId, InvestmentQueries::toApi);
    }

    public Map<Long, List<Investment>> investmentsInInvestees(Collection<Long> companyIds, Integer first) {
        return Sql.group(investments("investee_id", companyIds, first), e -> e.investeeId, InvestmentQueries::toApi);
    }

    private static List<InvestmentEntity> investments(String parentColumn, Collection<Long> ids, int first) {
        return Sql.rows(InvestmentEntity.class, """
                SELECT i.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM investment i WHERE i.%s = p.id
                                    ORDER BY pd_sort(i.announced_on) DESC, i.id DESC LIMIT :first) i
                """.formatted(parentColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Investment toApi(InvestmentEntity e) {
        Money amount = e.amount == null ? null : new Money(Decimal.of(e.amount), e.currency);
        return new Investment(GlobalId.of(Investment.TYPE, e.key), amount, PartialDate.parse(e.announcedOn), e.purpose,
                e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.investorId, e.investeeId);
    }
}
