package dev.valuenetwork.figure;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.FigureSubject;
import dev.valuenetwork.common.graphql.ListArgs;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.investment.InvestmentTotal;
import dev.valuenetwork.product.Product;
import dev.valuenetwork.product.ProductQueries;
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
public class FigureGraphQLApi {

    @Inject
    FigureQueries figures;

    @Inject
    CompanyQueries companies;

    @Inject
    AllianceQueries alliances;

    @Inject
    ProductQueries products;

    @Inject
    BatchLoaders loaders;

    @Query("metrics")
    @NonNull
    @Description("The documented metric codes that reported figures use.")
    public List<@NonNull Metric> metrics() {
        return figures.listMetrics();
    }

    @NonNull
    @Description("What the figure is about: a company, an alliance or a product.")
    public CompletionStage<FigureSubject> subject(@Source ReportedFigure figure) {
        if (figure.companyId() != null) {
            return loaders.one(Company.BY_ID, figure.companyId(), companies::companiesByIds).thenApply(FigureSubject.class::cast);
        }
        if (figure.allianceId() != null) {
            return loaders.one(Alliance.BY_ID, figure.allianceId(), alliances::alliancesByIds).thenApply(FigureSubject.class::cast);
        }
        return loaders.one(Product.BY_ID, figure.productId(), products::productsByIds).thenApply(FigureSubject.class::cast);
    }

    @NonNull
    @Description("Figures reported about the company, newest first (undated ones last).")
    public CompletionStage<List<@NonNull ReportedFigure>> figures(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.figures", company.dbId(), ListArgs.first(first), figures::figuresOfCompanies);
    }

    @NonNull
    @Description("Figures reported about the alliance, such as its members' combined subscribers, newest first.")
    public CompletionStage<List<@NonNull ReportedFigure>> figures(@Source Alliance alliance,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Alliance.figures", alliance.dbId(), ListArgs.first(first), figures::figuresOfAlliances);
    }

    @NonNull
    @Description("The alliance's reported combined subscribers beside the sum of its current members' own reported figures.")
    public CompletionStage<SubscriberTotals> subscribers(@Source Alliance alliance) {
        return loaders.one("Alliance.subscribers", alliance.dbId(), figures::subscriberTotals);
    }

    @NonNull
    @Description("Totals of investment this group's investor reported itself (metric ai_investment_total), within the"
            + " group's year when grouped by YEAR, beside which the computed sums can be read. Empty unless grouped by INVESTOR.")
    public CompletionStage<List<@NonNull ReportedFigure>> reportedTotals(@Source InvestmentTotal total) {
        if (total.investorId() == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(List.of());
        }
        return loaders.many("InvestmentTotal.reportedTotals", total.investorId(), java.util.Optional.ofNullable(total.year()),
                (ids, year) -> figures.reportedInvestmentTotals(ids, year.orElse(null)));
    }

    @NonNull
    @Description("Figures reported about the product, such as the languages it supports, newest first.")
    public CompletionStage<List<@NonNull ReportedFigure>> figures(@Source Product product,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Product.figures", product.dbId(), ListArgs.first(first), figures::figuresOfProducts);
    }
}
