package dev.valuenetwork.source;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

final class SourceMapper {

    private SourceMapper() {
    }

    static SourceDocument toApi(SourceEntity e) {
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, e.key), e.key, e.title, e.titleEn, e.publisher, e.author, e.url,
                PartialDate.parse(e.publishedOn), e.language, e.note, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id);
    }

    /** Reads the source columns of a citation row (see {@link CitationQueries}). */
    static SourceDocument fromRow(Tuple row) {
        String key = row.get("key", String.class);
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, key), key, row.get("title", String.class),
                row.get("title_en", String.class), row.get("publisher", String.class), row.get("author", String.class),
                row.get("url", String.class), PartialDate.parse(row.get("published_on", String.class)),
                row.get("language", String.class), row.get("note", String.class),
                row.get("version", Number.class).intValue(), timestamp(row.get("created_at")), timestamp(row.get("updated_at")),
                row.get("updated_by", String.class), row.get("source_id", Number.class).longValue());
    }

    /** Native queries hand timestamptz back in the driver's type of the day; the API speaks OffsetDateTime. */
    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp value");
    }
}
