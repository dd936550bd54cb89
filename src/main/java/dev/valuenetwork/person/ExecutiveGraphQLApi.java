package dev.valuenetwork.person;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of executive roles, and the roles as seen from a company. */
// Holds only @Source fields, which SmallRye's extension does not register for reflection; the
// lean fetchers look its methods up (NativeImageConfigIT).
@RegisterForReflection(fields = false)
@GraphQLApi
public class ExecutiveGraphQLApi {

    @Inject
    PersonQueries people;

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @NonNull
    @Description("Who holds the title.")
    public CompletionStage<Person> person(@Source Executive executive) {
        return loaders.one(Person.BY_ID, executive.personId(), people::peopleByIds, executive.joinedPerson());
    }

    @NonNull
    @Description("Where the title is held.")
    public CompletionStage<Company> company(@Source Executive executive) {
        return loaders.one(Company.BY_ID, executive.companyId(), companies::companiesByIds, executive.joinedCompany());
    }

    @NonNull
    @Description("The company's executives, newest first (roles of unknown start last).")
    public CompletionStage<List<@NonNull Executive>> executives(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description("Only roles valid on this date: begun by its end (or of unknown start) and not ended before it.")
            PartialDate asOf) {
        return loaders.many("Company.executives", company.dbId(), RelationArgs.of(first, asOf).joiningWhenSelected("person"),
                people::executivesOfCompanies);
    }
}
