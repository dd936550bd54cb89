package dev.valuenetwork.statement;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.person.PersonQueries;
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
public class StatementGraphQLApi {

    @Inject
    StatementQueries statements;

    @Inject
    PersonQueries people;

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @Query("statements")
    @NonNull
    @Description("Statements, newest first by default (undated ones last), optionally filtered.")
    public StatementConnection statements(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor, from the same order.") String after,
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Description("The order; newest first by default.") StatementOrder orderBy) {
        return statements.listStatements(filter, orderBy, PageRequest.of(first, after));
    }

    @Description("Who spoke; null when the source does not name the speaker (see speakerDescription).")
    public CompletionStage<Person> speaker(@Source Statement statement) {
        return loaders.one(Person.BY_ID, statement.speakerId(), people::peopleByIds);
    }

    @Description("The company the speaker spoke for, when the source says.")
    public CompletionStage<Company> company(@Source Statement statement) {
        return loaders.one(Company.BY_ID, statement.companyId(), companies::companiesByIds);
    }

    @NonNull
    @Description("What the person said, newest first (undated quotes last).")
    public CompletionStage<List<@NonNull Statement>> statements(@Source Person person,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Person.statements", person.dbId(), ListArgs.first(first), statements::statementsBySpeakers);
    }

    @NonNull
    @Description("What people said on the company's behalf, newest first (undated quotes last).")
    public CompletionStage<List<@NonNull Statement>> statements(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.statements", company.dbId(), ListArgs.first(first), statements::statementsForCompanies);
    }
}
