package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.Cursor;
import dev.valuenetwork.common.paging.Keyset;
import dev.valuenetwork.common.paging.PageRequest;
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

    @Transactional
    public AllianceConnection listAlliances(PageRequest page) {
        List<Alliance> rows = Keyset.byUniqueText(AllianceEntity.class, "alliance", "slug", page).stream()
                .map(AllianceMapper::toApi).toList();
        return page.toConnection(rows, a -> Cursor.encode(a.slug()), AllianceEntity.count(),
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
