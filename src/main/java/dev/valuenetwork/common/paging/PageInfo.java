package dev.valuenetwork.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("Whether rows follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether rows precede this page (true whenever `after` was given).") boolean hasPreviousPage,
        @Description("Cursor of the first edge, null on an empty page.") String startCursor,
        @Description("Cursor of the last edge, null on an empty page; pass it as `after` for the next page.") String endCursor) {
}
