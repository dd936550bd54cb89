package dev.valuenetwork.source;

import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A source in a dataset document; its claims give the basis of its publication date. */
@RegisterForReflection
public record SourceRecord(String key, String title, String titleEn, String publisher, String author, String url,
        String publishedOn, String language, String note, List<ClaimRecord> claims) {
    public SourceRecord {
        claims = Dataset.list(claims);
    }

    public SourceRecord(String key, String title, String titleEn, String publisher, String author, String url,
            String publishedOn, String language, String note) {
        this(key, title, titleEn, publisher, author, url, publishedOn, language, note, null);
    }
}
