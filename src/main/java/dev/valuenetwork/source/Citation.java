package dev.valuenetwork.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("A source that supports a fact, with the passage that does.")
public record Citation(
        @NonNull @Description("The cited source.") SourceDocument source,
        @Description("The passage of the source that supports the fact, in the source's language.") String excerpt) {
}
