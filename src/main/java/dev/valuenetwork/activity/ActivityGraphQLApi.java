package dev.valuenetwork.activity;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.person.PersonQueries;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of activities, and the activities of people and companies. */
// Holds only @Source fields, which SmallRye's extension does not register for reflection; the
// lean fetchers look its methods up (NativeImageConfigIT).
@RegisterForReflection(fields = false)
@GraphQLApi
public class ActivityGraphQLApi {

    @Inject
    ActivityQueries activities;

    @Inject
    PersonQueries people;

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @Description("Who did it, when the source names a person.")
    public CompletionStage<Person> person(@Source Activity activity) {
        return loaders.one(Person.BY_ID, activity.personId(), people::peopleByIds);
    }

    @Description("The company it was done for or by, when the source says.")
    public CompletionStage<Company> company(@Source Activity activity) {
        return loaders.one(Company.BY_ID, activity.companyId(), companies::companiesByIds);
    }

    @NonNull
    @Description("What the person did, as the sources report it, newest first (undated last).")
    public CompletionStage<List<@NonNull Activity>> activities(@Source Person person,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Person.activities", person.dbId(), ListArgs.first(first), activities::activitiesOfPeople);
    }

    @NonNull
    @Description("What the company or its people did for it, as the sources report it, newest first (undated last).")
    public CompletionStage<List<@NonNull Activity>> activities(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.activities", company.dbId(), ListArgs.first(first), activities::activitiesOfCompanies);
    }
}
