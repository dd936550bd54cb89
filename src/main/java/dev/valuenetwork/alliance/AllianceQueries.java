package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.RelationArgs;
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

/** Reads of alliances and memberships. */
@ApplicationScoped
public class AllianceQueries {

    @Transactional
    public Optional<Alliance> findAllianceBySlug(String slug) {
        return AllianceEntity.<AllianceEntity>find("slug", slug).firstResultOptional().map(AllianceMapper::toApi);
    }

    @Transactional
    public Optional<Membership> findMembershipByKey(String key) {
        return MembershipEntity.<MembershipEntity>find("key", key).firstResultOptional().map(AllianceMapper::toApi);
    }

    private static final SortOrder<AllianceEntity> BY_SLUG = SortOrder.byUniqueText("slug", e -> e.slug);

    @Transactional
    public AllianceConnection listAlliances(AllianceFilter filter, PageRequest page) {
        KeysetQuery<AllianceEntity> query = KeysetQuery.of(AllianceEntity.class, "alliance x");
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
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, AllianceMapper::toApi, query.count(),
                AllianceConnection.AllianceEdge::new, AllianceConnection::new);
    }

    public Map<Long, Alliance> alliancesByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(AllianceEntity.class, "SELECT * FROM alliance WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, AllianceMapper::toApi);
    }

    public Map<Long, List<Alliance>> childrenOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Sql.rows(AllianceEntity.class, """
                SELECT a.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM alliance a WHERE a.parent_id = p.id ORDER BY a.slug LIMIT :first) a
                """, "ids", Sql.ids(parentIds), "first", first), e -> e.parentId, AllianceMapper::toApi);
    }

    /** Members of many alliances, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Membership>> membersOf(Collection<Long> allianceIds, RelationArgs args) {
        return Sql.group(memberships("alliance_id", allianceIds, args), e -> e.allianceId, AllianceMapper::toApi);
    }

    /** Memberships of many companies, newest first, valid on {@code asOf} when given. */
    public Map<Long, List<Membership>> membershipsOf(Collection<Long> companyIds, RelationArgs args) {
        return Sql.group(memberships("company_id", companyIds, args), e -> e.companyId, AllianceMapper::toApi);
    }

    private static List<MembershipEntity> memberships(String parentColumn, Collection<Long> ids, RelationArgs args) {
        return Sql.rows(MembershipEntity.class, """
                SELECT m.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM membership m WHERE m.%s = p.id AND %s
                                    ORDER BY pd_sort(m.since) DESC, m.id DESC LIMIT :first) m
                """.formatted(parentColumn, RelationArgs.validOn("m")),
                "ids", Sql.ids(ids), "first", args.first(), "asOfStart", args.asOfStart(), "asOfEnd", args.asOfEnd());
    }
}
