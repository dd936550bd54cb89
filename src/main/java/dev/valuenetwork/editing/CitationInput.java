package dev.valuenetwork.editing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CitationInput")
@Description("The source of a fact: an existing source by id, or a new one given inline; exactly one of the two.")
public record CitationInput(
        @Id @Description("The id of an existing source.") String sourceId,
        @Description("A new source, created with the fact.") SourceInput source,
        @Description("The passage of the source that supports the fact, in the source's language.") String excerpt) {
}
