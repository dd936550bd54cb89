package dev.valuenetwork.editing;

import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("A new source: an article, filing or press release that facts cite.")
public record SourceInput(
        @Description("Stable key (lowercase words joined by hyphens); made from the publisher and date when omitted.") String key,
        @NonNull @Description("Title as published.") String title,
        @Description("English translation of the title.") String titleEn,
        @NonNull @Description("Who published it.") String publisher,
        @Description("Who wrote it.") String author,
        @Description("Where to read it (http or https); omit when there is none.") String url,
        @Description("When it was published, as precisely as known.") PartialDate publishedOn,
        @Description("ISO 639-1 language code, such as \"ko\".") String language,
        @Description("What a reader should know about the source.") String note) {
}
