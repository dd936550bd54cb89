package dev.valuenetwork.source;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import jakarta.persistence.Tuple;

final class SourceMapper {

    private SourceMapper() {
    }

    static SourceDocument toApi(SourceEntity e) {
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, e.key), e.key, e.title, e.titleEn, e.publisher, e.author, e.url,
                PartialDate.parse(e.publishedOn), e.language, e.note, e.id);
    }

    /** Reads the source columns of a citation row (see {@link CitationQueries}). */
    static SourceDocument fromRow(Tuple row) {
        String key = row.get("key", String.class);
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, key), key, row.get("title", String.class),
                row.get("title_en", String.class), row.get("publisher", String.class), row.get("author", String.class),
                row.get("url", String.class), PartialDate.parse(row.get("published_on", String.class)),
                row.get("language", String.class), row.get("note", String.class),
                row.get("source_id", Number.class).longValue());
    }
}
