package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.paging.Keyset;
import dev.valuenetwork.common.paging.PageRequest;
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
    public InvestmentConnection listInvestments(PageRequest page) {
        List<Investment> rows = Keyset.newestFirst(InvestmentEntity.class, "investment", "announced_on", page).stream()
                .map(InvestmentQueries::toApi).toList();
        return page.toConnection(rows, i -> Keyset.newestFirstCursor(i.announcedOn(), i.dbId()),
                InvestmentEntity.count(), InvestmentConnection.InvestmentEdge::new, InvestmentConnection::new);
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
                e.id, e.investorId, e.investeeId);
    }
}
