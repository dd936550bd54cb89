package dev.valuenetwork.timeline;

import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.source.Provenance;
import dev.valuenetwork.source.SourceDocument;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class TimelineGraphQLApi {

    @Inject
    TimelineQueries timeline;

    @Inject
    Provenance provenance;

    @Query("timeline")
    @NonNull
    @Description("The dated events of a company or an alliance, oldest first: formed, joined, left, partnership signed,"
            + " investment announced, statement made, figure reported, roles begun and ended. Facts without a date are"
            + " not events. NOT_FOUND when no company or alliance has the slug.")
    public List<@NonNull Event> timeline(
            @NonNull @Description("The slug of a company or an alliance.") String slug,
            @Description("Only events in the period from this date on.") PartialDate from,
            @Description("Only events in the period up to this date.") PartialDate to) {
        return timeline.events(slug, from, to);
    }

    @NonNull
    @Description("The sources that report the event's fact.")
    public CompletionStage<List<@NonNull SourceDocument>> sources(@Source Event event) {
        return provenance.sources(event.factKind(), event.factId(), 100);
    }
}
