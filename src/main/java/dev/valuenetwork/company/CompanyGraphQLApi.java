package dev.valuenetwork.company;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
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
public class CompanyGraphQLApi {

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @Query("company")
    @Description("The company with this slug, or null when there is none.")
    public Company company(@NonNull @Description("The company's slug, such as \"sk-telecom\".") String slug) {
        return companies.findCompanyBySlug(slug).orElse(null);
    }

    @Query("companies")
    @NonNull
    @Description("Companies, ordered by slug, optionally filtered.")
    public CompanyConnection companies(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor.") String after,
            @Description("Conditions the companies must meet.") CompanyFilter filter) {
        return companies.listCompanies(filter, PageRequest.of(first, after));
    }

    @Description("The company's parent in its corporate group, such as Amazon for AWS; null when it has none or none is known.")
    public CompletionStage<Company> parent(@Source Company company) {
        return loaders.one(Company.BY_ID, company.parentId(), companies::companiesByIds);
    }

    @NonNull
    @Description("Companies whose parent this is, ordered by slug.")
    public CompletionStage<List<@NonNull Company>> subsidiaries(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.subsidiaries", company.dbId(), ListArgs.first(first), companies::subsidiariesOf);
    }

}
