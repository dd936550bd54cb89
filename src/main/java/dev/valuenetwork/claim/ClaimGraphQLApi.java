package dev.valuenetwork.claim;

import dev.valuenetwork.source.Citation;
import dev.valuenetwork.source.CitedKind;
import dev.valuenetwork.source.Provenance;
import dev.valuenetwork.source.SourceDocument;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ClaimGraphQLApi {

    @Inject
    Provenance provenance;

    @NonNull
    @Description("The sources that make the claim, with the passages that do (a report entered without an excerpt has none).")
    public CompletionStage<List<@NonNull Citation>> citations(@Source Claim claim,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return provenance.citations(CitedKind.CLAIM, claim.dbId(), first);
    }

    @NonNull
    @Description("The distinct sources that make the claim.")
    public CompletionStage<List<@NonNull SourceDocument>> sources(@Source Claim claim,
            @DefaultValue("100") @Description("At most this many citations to draw sources from, 0 to 100.") Integer first) {
        return provenance.sources(CitedKind.CLAIM, claim.dbId(), first);
    }
}
