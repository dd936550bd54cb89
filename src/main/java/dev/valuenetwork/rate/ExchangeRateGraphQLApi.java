package dev.valuenetwork.rate;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ExchangeRateGraphQLApi {

    @Inject
    ExchangeRateQueries rates;

    @Query("exchangeRates")
    @NonNull
    @Description("Every exchange rate the service knows, by currency pair and date.")
    public List<@NonNull ExchangeRate> exchangeRates() {
        return rates.listExchangeRates();
    }

}
