package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Money")
@Description("An amount of money in one currency.")
public record Money(
        @NonNull @Description("The amount, exact, as a decimal string.") Decimal amount,
        @NonNull @Description("ISO 4217 currency code, such as \"USD\" or \"KRW\".") String currency) {
}
