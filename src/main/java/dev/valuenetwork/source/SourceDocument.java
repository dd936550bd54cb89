package dev.valuenetwork.source;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.claim.Claimed;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@Description("A document that facts cite: an article, a filing, a press release.")
public record SourceDocument(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the source in datasets and imports.") String key,
        @NonNull @Description("Title as published.") String title,
        @Description("English translation of the title, when the source is in another language.") String titleEn,
        @NonNull @Description("Who published it.") String publisher,
        @Description("Who wrote it, as printed.") String author,
        @Description("Where to read it; null when the source gives no address.") String url,
        @Description("When it was published, as precisely as known.") PartialDate publishedOn,
        @Description("ISO 639-1 language code of the source.") String language,
        @Description("What a reader should know about the source, such as how its date was established.") String note,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId) implements Node, Claimed {

    @Ignore
    public ClaimSubject claimSubject() {
        return ClaimSubject.SOURCE;
    }


    public static final String TYPE = "Source";
}
