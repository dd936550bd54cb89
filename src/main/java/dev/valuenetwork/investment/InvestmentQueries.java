package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.figure.Qualifier;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.OrderDirection;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.DateOrder;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.NestedLists;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
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

    /** The columns {@link #read(ResultSet, int, Company, Company)} reads, in its order. */
    static final Columns COLUMNS = Columns.of("id", "key", "amount", "currency", "announced_on", "purpose", "version",
            "created_at", "updated_at", "updated_by", "investor_id", "investee_id", "amount_status", "instrument", "round_type", "round_name",
            "round_amount", "round_currency", "stake_percent", "stake_qualifier", "is_lead", "closed_on");

    public Optional<Investment> findInvestmentByKey(String key) {
        return Reads.first(InvestmentQueries::read, "SELECT " + COLUMNS.select("x") + " FROM investment x WHERE x.key = :key",
                "key", key);
    }

    public InvestmentConnection listInvestments(InvestmentFilter filter, InvestmentOrder order, PageRequest page) {
        KeysetQuery<Investment> query = KeysetQuery.of(InvestmentQueries::read, COLUMNS, "investment x");
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

    /** Investments of many investors; with {@code args.join()} each carries its investee, read in the same statement. */
    public Map<Long, List<Investment>> investmentsByInvestors(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(investments("investor_id", companyIds, args), Investment::investorId);
    }

    /** Investments in many investees; with {@code args.join()} each carries its investor. */
    public Map<Long, List<Investment>> investmentsInInvestees(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(investments("investee_id", companyIds, args), Investment::investeeId);
    }

    private static List<Investment> investments(String parentColumn, Collection<Long> ids, RelationArgs args) {
        boolean byInvestor = parentColumn.equals("investor_id");
        String sql = args.join() ? (byInvestor ? BY_INVESTOR_WITH_INVESTEE : BY_INVESTEE_WITH_INVESTOR)
                : (byInvestor ? BY_INVESTOR : BY_INVESTEE);
        return Reads.list(row -> {
            Company other = args.join() ? CompanyQueries.read(row, COLUMNS.count() + 1) : null;
            return read(row, 1, byInvestor ? null : other, byInvestor ? other : null);
        }, sql, "ids", Sql.ids(ids), "first", args.first());
    }

    private static final String BY_INVESTOR = investmentsOf("investor_id", null);
    private static final String BY_INVESTEE = investmentsOf("investee_id", null);
    private static final String BY_INVESTOR_WITH_INVESTEE = investmentsOf("investor_id", "investee_id");
    private static final String BY_INVESTEE_WITH_INVESTOR = investmentsOf("investee_id", "investor_id");

    /** The batch statement of investments by {@code parentColumn}, joining the company in {@code joinColumn} if given. */
    private static String investmentsOf(String parentColumn, String joinColumn) {
        return NestedLists.of(COLUMNS, "investment", "i", parentColumn, "TRUE", "pd_sort(i.announced_on) DESC, i.id DESC",
                joinColumn == null ? null : CompanyQueries.COLUMNS, "company", "o.id = i." + joinColumn);
    }

    /** The co-investors of many investments, in the order their sources name them. */
    public Map<Long, List<Company>> coInvestorsOf(Collection<Long> investmentIds, Integer first) {
        return Sql.group(Reads.list(row -> new CoInvestor(row.getLong(1), CompanyQueries.read(row, 2)), "SELECT p.id, "
                + CompanyQueries.COLUMNS.select("c") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM investment_co_investor x WHERE x.investment_id = p.id
                                    ORDER BY x.ordinal LIMIT :first) x
                JOIN company c ON c.id = x.company_id
                ORDER BY p.id, x.ordinal
                """, "ids", Sql.ids(investmentIds), "first", first), CoInvestor::investmentId, CoInvestor::company);
    }

    private record CoInvestor(long investmentId, Company company) {
    }

    static Investment read(ResultSet row) throws SQLException {
        return read(row, 1, null, null);
    }

    /** Reads {@link #COLUMNS} from position {@code at} on, with the companies a statement joined in (or null). */
    static Investment read(ResultSet row, int at, Company investor, Company investee) throws SQLException {
        BigDecimal amount = row.getBigDecimal(at + 2);
        BigDecimal roundAmount = row.getBigDecimal(at + 16);
        BigDecimal stake = row.getBigDecimal(at + 18);
        String instrument = row.getString(at + 13);
        String roundType = row.getString(at + 14);
        return new Investment(GlobalId.of(Investment.TYPE, row.getString(at + 1)),
                amount == null ? null : new Money(Decimal.of(amount), row.getString(at + 3)),
                PartialDate.parse(row.getString(at + 4)), row.getString(at + 5), AmountStatus.valueOf(row.getString(at + 12)),
                instrument == null ? null : InvestmentInstrument.valueOf(instrument),
                roundType == null ? null : FundingRoundType.valueOf(roundType), row.getString(at + 15),
                roundAmount == null ? null : new Money(Decimal.of(roundAmount), row.getString(at + 17)),
                stake == null ? null : new Stake(Decimal.of(stake), Qualifier.valueOf(row.getString(at + 19))),
                (Boolean) row.getObject(at + 20), PartialDate.parse(row.getString(at + 21)), row.getInt(at + 6),
                Reads.timestamp(row, at + 7), Reads.timestamp(row, at + 8), row.getString(at + 9), row.getLong(at),
                row.getLong(at + 10), row.getLong(at + 11), investor, investee);
    }
}
