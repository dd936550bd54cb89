package dev.valuenetwork.investment;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Money")
@Description("An amount of money in one currency.")
public record Money(
        @NonNull @Description("The amount, exact as a decimal.") BigDecimal amount,
        @NonNull @Description("ISO 4217 currency code, such as \"USD\" or \"KRW\".") String currency) {
}
