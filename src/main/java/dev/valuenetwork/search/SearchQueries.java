package dev.valuenetwork.search;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * Ranked search over search_term: exact names (also with a Korean particle stripped) score 1,
 * prefixes 0.9, everything else by trigram similarity of the whole term or of its best-matching
 * words. Every condition is one an index answers: equality and prefix by the pattern index,
 * similarity and substrings by the trigram index. See docs/search.md.
 */
@ApplicationScoped
public class SearchQueries {

    /** The search statement; CONTAINS becomes the substring condition for queries of 3+ characters. */
    public static final String SQL = """
                SELECT s.node_kind, s.node_id, s.field, s.term,
                       GREATEST(CASE WHEN s.term_norm = ANY(CAST(:exact AS text[])) THEN 1.0
                                     WHEN s.term_norm LIKE :prefix THEN 0.9 ELSE 0 END,
                                similarity(s.term_norm, :q),
                                word_similarity(:q, s.term_norm) * 0.85) AS score
                FROM search_term s
                WHERE s.node_kind = ANY(CAST(:kinds AS text[]))
                  AND (s.term_norm = ANY(CAST(:exact AS text[])) OR s.term_norm LIKE :prefix
                       OR s.term_norm % :q OR :q <% s.term_norm CONTAINS)
                ORDER BY score DESC, s.node_kind, s.node_id
                LIMIT :candidates
                """;

    /** A term that matched: which node, which field, the text and its score. */
    record Match(SearchKind kind, long nodeId, String field, String term, double score) {
    }

    /** The best match per node, best first, at most {@code first}. */
    List<Match> search(String text, int first, List<SearchKind> kinds) {
        String q = TextMatch.normalise(text, "text");
        TextMatch.prepare(q);
        List<String> exact = KoreanQuery.variants(q);
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String contains = q.length() >= 3 ? " OR s.term_norm LIKE :contains" : "";
        var query = Panache.getEntityManager().createNativeQuery(SQL.replace("CONTAINS", contains), Tuple.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("exact", Sql.texts(exact))
                .setParameter("prefix", escaped + "%")
                .setParameter("q", q)
                .setParameter("kinds", Sql.texts(kinds.stream().map(Enum::name).toList()))
                .setParameter("candidates", Math.min(500, first * 5));
        if (!contains.isEmpty()) {
            query.setParameter("contains", "%" + escaped + "%");
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        Map<String, Match> best = new LinkedHashMap<>();
        for (Tuple row : rows) {
            Match match = new Match(SearchKind.valueOf(row.get(0, String.class)), ((Number) row.get(1)).longValue(),
                    row.get(2, String.class), row.get(3, String.class), ((Number) row.get(4)).doubleValue());
            best.putIfAbsent(match.kind() + ":" + match.nodeId(), match);
        }
        return new ArrayList<>(best.values()).subList(0, Math.min(first, best.size()));
    }

    static void checkFirst(int first) {
        if (first < 1 || first > 50) {
            throw ApiException.invalidArgument("first", "'first' must be between 1 and 50, was " + first + ".");
        }
    }
}
