package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.source.CitationEntity;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a record owns beyond its own row: its citations, its claims (each with citations of its
 * own) and, for an investment, its co-investors. Read a chunk at a time, one statement per part;
 * written by replacing the parts that changed.
 */
public record Attached(List<CitationRecord> citations, List<ClaimRecord> claims, List<String> coInvestors) {

    static final Attached NONE = new Attached(List.of(), List.of(), List.of());

    /** More citations than any fact has; it only makes each lookup an index probe. */
    private static final int MAX_CITATIONS = 1000;

    static <E extends AuditedEntity> Map<Long, Attached> read(RecordSlice<?, E> codec, Iterable<E> entities) {
        List<Long> ids = new ArrayList<>();
        entities.forEach(e -> ids.add(codec.id(e)));
        Map<Long, Attached> attached = new HashMap<>();
        if (ids.isEmpty()) {
            return attached;
        }
        Map<Long, List<CitationRecord>> citations = codec.cited() == null ? Map.of() : citations(codec.cited(), ids);
        Map<Long, List<ClaimRecord>> claims = codec.claimed() == null ? Map.of() : claims(codec.claimed().column(), ids);
        Map<Long, List<String>> coInvestors = codec.ownsCoInvestors() ? coInvestors(ids) : Map.of();
        for (Long id : ids) {
            attached.put(id, new Attached(citations.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()),
                    coInvestors.getOrDefault(id, List.of())));
        }
        return attached;
    }

    static Attached of(Map<Long, Attached> read, long id) {
        return read.getOrDefault(id, NONE);
    }

    private static Map<Long, List<CitationRecord>> citations(CitedKind kind, List<Long> ids) {
        Map<Long, List<CitationRecord>> byFact = new HashMap<>();
        for (Object[] row : rows("SELECT c." + kind.column() + ", s.key, c.excerpt FROM unnest(CAST(:ids AS bigint[])) f(id)"
                + " CROSS JOIN LATERAL (SELECT * FROM citation WHERE " + kind.column() + " = f.id ORDER BY id LIMIT "
                + MAX_CITATIONS + ") c JOIN source s ON s.id = c.source_id ORDER BY c.id", ids)) {
            byFact.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add(new CitationRecord((String) row[1], (String) row[2]));
        }
        return byFact;
    }

    private static Map<Long, List<ClaimRecord>> claims(String column, List<Long> ids) {
        List<Object[]> rows = rows("SELECT c." + column + ", c.id, c.attribute, c.value, c.effective_on, c.rank, c.reason,"
                + " c.words, c.inferred, c.note, s.key, c.relative_months, c.relative_month, c.relative_day FROM claim c"
                + " LEFT JOIN source s ON s.id = c.relative_source_id WHERE c." + column + " = ANY(CAST(:ids AS bigint[]))"
                + " ORDER BY c." + column + ", c.ordinal", ids);
        Map<Long, List<CitationRecord>> cited = citations(CitedKind.CLAIM, rows.stream().map(r -> id(r[1])).toList());
        Map<Long, List<ClaimRecord>> byRecord = new HashMap<>();
        for (Object[] r : rows) {
            RelativeDate relative = r[10] == null ? null : new RelativeDate((String) r[10], integer(r[11]), integer(r[12]),
                    integer(r[13]));
            // A relative claim reads as its document gave it: the derived date left out.
            byRecord.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(RelativeDates.unresolved(new ClaimRecord(
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (Boolean) r[8],
                    (String) r[9], relative, cited.getOrDefault(id(r[1]), List.of()))));
        }
        return byRecord;
    }

    private static Map<Long, List<String>> coInvestors(List<Long> ids) {
        Map<Long, List<String>> byInvestment = new HashMap<>();
        for (Object[] row : rows("SELECT x.investment_id, c.slug FROM investment_co_investor x JOIN company c ON c.id = x.company_id"
                + " WHERE x.investment_id = ANY(CAST(:ids AS bigint[])) ORDER BY x.investment_id, x.ordinal", ids)) {
            byInvestment.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add((String) row[1]);
        }
        return byInvestment;
    }

    /** Replaces the parts of each record's attachments that differ from what is stored. */
    static void replace(RecordSlice<?, ?> codec, Map<Long, Attached> stored, Map<Long, Attached> wanted, Refs refs) {
        EntityManager em = Panache.getEntityManager();
        List<Long> citationsChanged = new ArrayList<>();
        List<Long> claimsChanged = new ArrayList<>();
        List<Long> coInvestorsChanged = new ArrayList<>();
        wanted.forEach((id, want) -> {
            Attached have = stored.getOrDefault(id, NONE);
            if (!have.citations.equals(want.citations)) {
                citationsChanged.add(id);
            }
            if (!have.claims.equals(want.claims)) {
                claimsChanged.add(id);
            }
            if (!have.coInvestors.equals(want.coInvestors)) {
                coInvestorsChanged.add(id);
            }
        });
        if (codec.cited() != null && !citationsChanged.isEmpty()) {
            delete("DELETE FROM citation WHERE " + codec.cited().column() + " = ANY(CAST(:ids AS bigint[]))", citationsChanged);
            citationsChanged.forEach(id -> cite(em, codec.cited(), id, wanted.get(id).citations, refs));
        }
        if (codec.claimed() != null && !claimsChanged.isEmpty()) {
            String column = codec.claimed().column();
            delete("DELETE FROM claim WHERE " + column + " = ANY(CAST(:ids AS bigint[]))", claimsChanged);
            for (Long id : claimsChanged) {
                List<ClaimRecord> claims = wanted.get(id).claims;
                for (int i = 0; i < claims.size(); i++) {
                    ClaimRecord c = claims.get(i);
                    RelativeDate relative = c.relative();
                    long claimId = ((Number) em.createNativeQuery("INSERT INTO claim (" + column + ", ordinal, attribute, value,"
                            + " effective_on, rank, reason, words, inferred, note, relative_source_id, relative_months,"
                            + " relative_month, relative_day) VALUES (:id, :ordinal, :attribute, :value,"
                            + " CAST(CAST(:effectiveOn AS text) AS partial_date), :rank, CAST(:reason AS text), CAST(:words AS text),"
                            + " :inferred, CAST(:note AS text), CAST(:relativeSource AS bigint), CAST(:months AS integer),"
                            + " CAST(:month AS integer), CAST(:day AS integer)) RETURNING id")
                            .setParameter("relativeSource", relative == null ? null : refs.require(Refs.Kind.SOURCE, relative.to()))
                            .setParameter("months", relative == null ? null : relative.months())
                            .setParameter("month", relative == null ? null : relative.month())
                            .setParameter("day", relative == null ? null : relative.day())
                            .setParameter("id", id).setParameter("ordinal", i).setParameter("attribute", c.attribute())
                            .setParameter("value", c.value()).setParameter("effectiveOn", c.effectiveOn())
                            .setParameter("rank", c.rank()).setParameter("reason", c.reason()).setParameter("words", c.words())
                            .setParameter("inferred", Boolean.TRUE.equals(c.inferred())).setParameter("note", c.note())
                            .getSingleResult()).longValue();
                    cite(em, CitedKind.CLAIM, claimId, c.citations(), refs);
                }
            }
        }
        if (codec.ownsCoInvestors() && !coInvestorsChanged.isEmpty()) {
            delete("DELETE FROM investment_co_investor WHERE investment_id = ANY(CAST(:ids AS bigint[]))", coInvestorsChanged);
            for (Long id : coInvestorsChanged) {
                List<String> slugs = wanted.get(id).coInvestors;
                for (int i = 0; i < slugs.size(); i++) {
                    em.createNativeQuery("INSERT INTO investment_co_investor (investment_id, company_id, ordinal)"
                            + " VALUES (:id, :company, :ordinal)").setParameter("id", id)
                            .setParameter("company", refs.require(Refs.Kind.COMPANY, slugs.get(i))).setParameter("ordinal", i)
                            .executeUpdate();
                }
            }
        }
    }

    private static void cite(EntityManager em, CitedKind kind, long factId, List<CitationRecord> citations, Refs refs) {
        if (kind == null) {
            return;
        }
        for (CitationRecord c : citations) {
            CitationEntity citation = new CitationEntity();
            citation.sourceId = refs.require(Refs.Kind.SOURCE, c.source());
            citation.excerpt = c.excerpt();
            citation.cite(kind, factId);
            em.persist(citation);
        }
    }

    private static void delete(String sql, List<Long> ids) {
        Panache.getEntityManager().createNativeQuery(sql).setParameter("ids", Sql.ids(ids)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("ids", Sql.ids(ids)).getResultList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
