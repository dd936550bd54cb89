package dev.valuenetwork.company;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CompanyConnection")
@Description("A page of companies.")
public record CompanyConnection(
        @NonNull @Description("The companies of this page with their cursors.") List<@NonNull CompanyEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of companies across all pages.") int totalCount) {

    @Type("CompanyEdge")
    @Description("A company and its cursor.")
    public record CompanyEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this company.") String cursor,
            @NonNull @Description("The company.") Company node) {
    }
}
