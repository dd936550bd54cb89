package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.NestedLists;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of alliances and memberships. */
@ApplicationScoped
public class AllianceQueries {

    /** The columns {@link #alliance(ResultSet, int)} reads, in its order. */
    static final Columns ALLIANCE = Columns.of("id", "slug", "name", "name_ko", "kind", "status", "status_detail", "purpose",
            "formed_on", "ended_on", "version", "created_at", "updated_at", "updated_by", "parent_id", "name_basis", "purpose_ko");
    /** The columns {@link #membership(ResultSet, int, Alliance, Company)} reads, in its order. */
    static final Columns MEMBERSHIP = Columns.of("id", "key", "role", "since", "until", "version", "created_at", "updated_at",
            "updated_by", "alliance_id", "company_id");

    private static final SortOrder<Alliance> BY_SLUG = SortOrder.byUniqueText("slug", Alliance::slug);

    public Optional<Alliance> findAllianceBySlug(String slug) {
        return Reads.first(AllianceQueries::alliance, "SELECT " + ALLIANCE.select("x") + " FROM alliance x WHERE x.slug = :slug",
                "slug", slug);
    }

    public Optional<Membership> findMembershipByKey(String key) {
        return Reads.first(row -> membership(row, 1, null, null),
                "SELECT " + MEMBERSHIP.select("x") + " FROM membership x WHERE x.key = :key", "key", key);
    }

    public AllianceConnection listAlliances(AllianceFilter filter, PageRequest page) {
        KeysetQuery<Alliance> query = KeysetQuery.of(AllianceQueries::alliance, ALLIANCE, "alliance x");
        if (filter != null && filter.kind() != null) {
            query.where("x.kind = :kind", "kind", filter.kind().name());
        }
        if (filter != null && filter.member() != null) {
            query.where("EXISTS (SELECT 1 FROM membership m JOIN company c ON c.id = m.company_id"
                    + " WHERE m.alliance_id = x.id AND c.slug = :member)", "member", filter.member());
        }
        if (filter != null && filter.activeOn() != null) {
            query.where("x.status IN ('ACTIVE', 'ENDED') AND (x.formed_on IS NULL OR pd_start(x.formed_on) <= CAST(:activeEnd AS date))"
                    + " AND (x.ended_on IS NULL OR pd_end(x.ended_on) >= CAST(:activeStart AS date))",
                    "activeStart", filter.activeOn().start().toString(), "activeEnd", filter.activeOn().end().toString());
        }
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, query::count,
                AllianceConnection.AllianceEdge::new, AllianceConnection::new);
    }

    public Map<Long, Alliance> alliancesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(AllianceQueries::alliance, "SELECT " + ALLIANCE.select("x")
                + " FROM alliance x WHERE x.id = ANY(CAST(:ids AS bigint[]))", "ids", Sql.ids(ids)), Alliance::dbId);
    }

    public Map<Long, List<Alliance>> childrenOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Reads.list(AllianceQueries::alliance, "SELECT " + ALLIANCE.select("a") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM alliance a WHERE a.parent_id = p.id ORDER BY a.slug LIMIT :first) a
                """, "ids", Sql.ids(parentIds), "first", first), Alliance::parentId);
    }

    /** Members of many alliances, newest first, valid on {@code asOf} when given; with {@code join}, with their companies. */
    public Map<Long, List<Membership>> membersOf(Collection<Long> allianceIds, RelationArgs args) {
        return Sql.group(memberships("alliance_id", allianceIds, args, CompanyQueries.COLUMNS, "company", "company_id",
                row -> membership(row, 1, null, args.join() ? CompanyQueries.read(row, MEMBERSHIP.count() + 1) : null)),
                Membership::allianceId);
    }

    /** Memberships of many companies, newest first, valid on {@code asOf} when given; with {@code join}, with their alliances. */
    public Map<Long, List<Membership>> membershipsOf(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(memberships("company_id", companyIds, args, ALLIANCE, "alliance", "alliance_id",
                row -> membership(row, 1, args.join() ? alliance(row, MEMBERSHIP.count() + 1) : null, null)),
                Membership::companyId);
    }

    private static List<Membership> memberships(String parentColumn, Collection<Long> ids, RelationArgs args,
            Columns other, String otherTable, String otherColumn, Reads.RowReader<Membership> reader) {
        return Reads.list(reader, NestedLists.of(MEMBERSHIP, "membership", "m", parentColumn, args.validOnFor("m"),
                        "pd_sort(m.since) DESC, m.id DESC", args.join() ? other : null, otherTable, "o.id = m." + otherColumn),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }

    static Alliance alliance(ResultSet row) throws SQLException {
        return alliance(row, 1);
    }

    /** Reads {@link #ALLIANCE} from position {@code at} on. */
    static Alliance alliance(ResultSet row, int at) throws SQLException {
        String slug = row.getString(at + 1);
        return new Alliance(GlobalId.of(Alliance.TYPE, slug), slug, row.getString(at + 2), row.getString(at + 3),
                IdentityBasis.valueOf(row.getString(at + 15)), AllianceKind.valueOf(row.getString(at + 4)),
                AllianceStatus.valueOf(row.getString(at + 5)), row.getString(at + 6), row.getString(at + 7),
                row.getString(at + 16), PartialDate.parse(row.getString(at + 8)),
                PartialDate.parse(row.getString(at + 9)), row.getInt(at + 10), Reads.timestamp(row, at + 11),
                Reads.timestamp(row, at + 12), row.getString(at + 13), row.getLong(at), Reads.nullableLong(row, at + 14));
    }

    /** Reads {@link #MEMBERSHIP} from position {@code at} on, with the alliance or company a statement joined in. */
    static Membership membership(ResultSet row, int at, Alliance alliance, Company company) throws SQLException {
        String since = row.getString(at + 3);
        return new Membership(GlobalId.of(Membership.TYPE, row.getString(at + 1)), row.getString(at + 2),
                PartialDate.parse(since), PartialDate.parse(row.getString(at + 4)), since != null, row.getInt(at + 5),
                Reads.timestamp(row, at + 6), Reads.timestamp(row, at + 7), row.getString(at + 8), row.getLong(at),
                row.getLong(at + 9), row.getLong(at + 10), alliance, company);
    }
}
