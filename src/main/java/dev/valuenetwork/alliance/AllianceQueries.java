package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
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

    private static final SortOrder<Alliance> BY_SLUG = SortOrder.byUniqueText("slug", Alliance::slug);

    public Optional<Alliance> findAllianceBySlug(String slug) {
        return Reads.first(AllianceQueries::alliance, "SELECT * FROM alliance WHERE slug = :slug", "slug", slug);
    }

    public Optional<Membership> findMembershipByKey(String key) {
        return Reads.first(AllianceQueries::membership, "SELECT * FROM membership WHERE key = :key", "key", key);
    }

    public AllianceConnection listAlliances(AllianceFilter filter, PageRequest page) {
        KeysetQuery<Alliance> query = KeysetQuery.of(AllianceQueries::alliance, "alliance x");
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
        return Sql.index(Reads.list(AllianceQueries::alliance, "SELECT * FROM alliance WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), Alliance::dbId);
    }

    public Map<Long, List<Alliance>> childrenOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Reads.list(AllianceQueries::alliance, """
                SELECT a.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM alliance a WHERE a.parent_id = p.id ORDER BY a.slug LIMIT :first) a
                """, "ids", Sql.ids(parentIds), "first", first), Alliance::parentId);
    }

    /** Members of many alliances, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Membership>> membersOf(Collection<Long> allianceIds, RelationArgs args) {
        return Sql.group(memberships("alliance_id", allianceIds, args), Membership::allianceId);
    }

    /** Memberships of many companies, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Membership>> membershipsOf(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(memberships("company_id", companyIds, args), Membership::companyId);
    }

    private static List<Membership> memberships(String parentColumn, Collection<Long> ids, RelationArgs args) {
        return Reads.list(AllianceQueries::membership, """
                SELECT m.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM membership m WHERE m.%s = p.id AND %s
                                    ORDER BY pd_sort(m.since) DESC, m.id DESC LIMIT :first) m
                """.formatted(parentColumn, RelationArgs.validOn("m")),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }

    static Alliance alliance(ResultSet row) throws SQLException {
        String slug = row.getString("slug");
        return new Alliance(GlobalId.of(Alliance.TYPE, slug), slug, row.getString("name"), row.getString("name_ko"),
                AllianceKind.valueOf(row.getString("kind")), AllianceStatus.valueOf(row.getString("status")),
                row.getString("status_detail"), row.getString("purpose"), PartialDate.parse(row.getString("formed_on")),
                PartialDate.parse(row.getString("ended_on")), row.getInt("version"), Reads.timestamp(row, "created_at"),
                Reads.timestamp(row, "updated_at"), row.getString("updated_by"), row.getLong("id"),
                Reads.nullableLong(row, "parent_id"));
    }

    static Membership membership(ResultSet row) throws SQLException {
        String since = row.getString("since");
        return new Membership(GlobalId.of(Membership.TYPE, row.getString("key")), row.getString("role"),
                PartialDate.parse(since), PartialDate.parse(row.getString("until")), since != null, row.getInt("version"),
                Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"), row.getString("updated_by"),
                row.getLong("id"), row.getLong("alliance_id"), row.getLong("company_id"));
    }
}
