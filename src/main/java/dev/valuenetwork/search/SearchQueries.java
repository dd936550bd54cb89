package dev.valuenetwork.search;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<String> exact = KoreanQuery.variants(q);
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String contains = q.length() >= 3 ? " OR s.term_norm LIKE :contains" : "";
        Conditions settings = new Conditions();
        TextMatch.prepare(q, settings);
        List<Match> rows = settings.run(() -> Reads.listPlannedForValues(row -> new Match(SearchKind.valueOf(row.getString(1)), row.getLong(2),
                row.getString(3), row.getString(4), row.getDouble(5)), SQL.replace("CONTAINS", contains),
                "exact", Sql.texts(exact), "prefix", escaped + "%", "q", q,
                "kinds", Sql.texts(kinds.stream().map(Enum::name).toList()), "candidates", Math.min(500, first * 5),
                "contains", "%" + escaped + "%"));
        Map<String, Match> best = new LinkedHashMap<>();
        for (Match match : rows) {
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
