package dev.valuenetwork.product;

import dev.valuenetwork.common.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ProductConnection")
@Description("A page of products.")
public record ProductConnection(
        @NonNull @Description("The products of this page with their cursors.") List<@NonNull ProductEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("Number of products across all pages.") int totalCount) {

    @Type("ProductEdge")
    @Description("A product and its cursor.")
    public record ProductEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this product.") String cursor,
            @NonNull @Description("The product.") Product node) {
    }
}
