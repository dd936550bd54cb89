package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("InvestmentOrder")
@Description("How to order investments. Investments without the value (no date, no amount) always come last.")
public record InvestmentOrder(
        @DefaultValue("ANNOUNCED_ON") @Description("What to order by.") Field field,
        @DefaultValue("DESC") @Description("Which way.") OrderDirection direction) {

    @org.eclipse.microprofile.graphql.Name("InvestmentOrderField")
    @Description("What investments can be ordered by.")
    public enum Field {
        @Description("The announcement date (by its first day).")
        ANNOUNCED_ON,
        @Description("The amount as recorded, in its own currency (amounts in different currencies are not converted).")
        AMOUNT
    }
}
