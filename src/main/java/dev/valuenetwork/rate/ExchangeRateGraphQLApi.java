package dev.valuenetwork.rate;

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
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ExchangeRateGraphQLApi {

    @Inject
    ExchangeRateQueries rates;

    @Inject
    Provenance provenance;

    @Query("exchangeRates")
    @NonNull
    @Description("Every exchange rate the service knows, by currency pair and date.")
    public List<@NonNull ExchangeRate> exchangeRates() {
        return rates.listExchangeRates();
    }

    @NonNull
    @Description("The sources of the rate, with the passages that give or imply it.")
    public CompletionStage<List<@NonNull Citation>> citations(@Source ExchangeRate rate,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return provenance.citations(CitedKind.EXCHANGE_RATE, rate.dbId(), first);
    }

    @NonNull
    @Description("The distinct sources of the rate.")
    public CompletionStage<List<@NonNull SourceDocument>> sources(@Source ExchangeRate rate,
            @DefaultValue("100") @Description("At most this many citations to draw sources from, 0 to 100.") Integer first) {
        return provenance.sources(CitedKind.EXCHANGE_RATE, rate.dbId(), first);
    }
}
