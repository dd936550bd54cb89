package dev.valuenetwork.statement;

import dev.valuenetwork.common.graphql.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementOrder")
@Description("How to order statements. Undated statements always come last.")
public record StatementOrder(
        @DefaultValue("SAID_ON") @Description("What to order by.") Field field,
        @DefaultValue("DESC") @Description("Which way.") OrderDirection direction) {

    @org.eclipse.microprofile.graphql.Name("StatementOrderField")
    @Description("What statements can be ordered by.")
    public enum Field {
        @Description("When it was said (by the first day of its date).")
        SAID_ON
    }
}
