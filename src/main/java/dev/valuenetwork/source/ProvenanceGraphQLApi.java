package dev.valuenetwork.source;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The {@code citations} and {@code sources} of everything that cites: one pair, on the {@link Cited} interface. */
// Holds only @Source fields, which SmallRye's extension does not register for reflection; the
// lean fetchers look its methods up (NativeImageConfigIT).
@RegisterForReflection(fields = false)
@GraphQLApi
public class ProvenanceGraphQLApi {

    @Inject
    Provenance provenance;

    @NonNull
    @Description("The sources that report this, each with the passage that supports it, in the order recorded; empty for"
            + " identity data that rests on general knowledge.")
    public CompletionStage<List<@NonNull Citation>> citations(@Source Cited cited,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return provenance.citations(cited.citedKind(), cited.dbId(), first);
    }

    @NonNull
    @Description("The distinct sources of this record's citations, in citation order.")
    public CompletionStage<List<@NonNull SourceDocument>> sources(@Source Cited cited,
            @DefaultValue("100") @Description("At most this many citations to draw sources from, 0 to 100.") Integer first) {
        return provenance.sources(cited.citedKind(), cited.dbId(), first);
    }
}
