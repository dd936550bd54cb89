package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.figure.Qualifier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Stake")
@Description("A share of a company's equity, as a source states it.")
public record Stake(
        @NonNull @Description("The percentage, as a decimal string.") Decimal percent,
        @NonNull @Description("How the source qualifies it: \"about 10%\" is ABOUT.") Qualifier qualifier) {
}
