package dev.valuenetwork.source;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The {@code citations} and {@code sources} fields of every fact type. Both read the same
 * batched citation query, so asking for both costs one statement.
 */
@ApplicationScoped
public class Provenance {

    @Inject
    BatchLoaders loaders;

    @Inject
    CitationQueries citations;

    public CompletionStage<List<Citation>> citations(CitedKind kind, long factId, Integer first) {
        return loaders.many("citations." + kind, factId, ListArgs.first(first), citations.citationsOf(kind));
    }

    /** The distinct sources of the fact's citations, in citation order. */
    public CompletionStage<List<SourceDocument>> sources(CitedKind kind, long factId, Integer first) {
        return citations(kind, factId, first).thenApply(list -> {
            Map<Long, SourceDocument> distinct = new LinkedHashMap<>();
            list.forEach(c -> distinct.putIfAbsent(c.source().dbId(), c.source()));
            return List.copyOf(distinct.values());
        });
    }
}
