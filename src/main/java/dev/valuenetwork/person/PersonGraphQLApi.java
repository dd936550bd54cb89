package dev.valuenetwork.person;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.PageRequest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PersonGraphQLApi {

    @Inject
    PersonQueries people;

    @Inject
    BatchLoaders loaders;

    @Query("person")
    @Description("The person with this slug, or null when there is none.")
    public Person person(@NonNull @Description("The person's slug, such as \"ryu-young-sang\".") String slug) {
        return people.findPersonBySlug(slug).orElse(null);
    }

    @Query("people")
    @NonNull
    @Description("All people, ordered by slug.")
    public PersonConnection people(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor.") String after) {
        return people.listPeople(PageRequest.of(first, after));
    }

    @NonNull
    @Description("The person's titles at companies, newest first (roles of unknown start last).")
    public CompletionStage<List<@NonNull Executive>> roles(@Source Person person,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description("Only roles valid on this date: begun by its end (or of unknown start) and not ended before it.")
            PartialDate asOf) {
        return loaders.many("Person.roles", person.dbId(), RelationArgs.of(first, asOf).joiningWhenSelected("company"),
                people::rolesOfPeople);
    }

}
