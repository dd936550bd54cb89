package dev.valuenetwork.investment;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InvestmentConnection")
@Description("A page of investments.")
public record InvestmentConnection(
        @NonNull @Description("The investments of this page with their cursors.") List<@NonNull InvestmentEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of investments across all pages.") int totalCount) {

    @Type("InvestmentEdge")
    @Description("An investment and its cursor.")
    public record InvestmentEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this investment.") String cursor,
            @NonNull @Description("The investment.") Investment node) {
    }
}
