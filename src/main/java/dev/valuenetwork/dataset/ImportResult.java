package dev.valuenetwork.dataset;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportResult")
@Description("What an import did: rows created, updated and left unchanged, matched by each record's stable key.")
public record ImportResult(
        @NonNull @Description("Rows created, across all lists.") int created,
        @NonNull @Description("Rows updated, across all lists.") int updated,
        @NonNull @Description("Rows that already said the same, across all lists.") int unchanged,
        @NonNull @Description("The counts of each list of the document.") List<@NonNull ListCount> lists) {

    @Type("ImportListCount")
    @Description("What an import did to one list, such as \"companies\".")
    public record ListCount(
            @NonNull @Description("The list's name in the dataset document.") String list,
            @NonNull @Description("Rows created.") int created,
            @NonNull @Description("Rows updated.") int updated,
            @NonNull @Description("Rows left unchanged.") int unchanged) {
    }

    static ImportResult of(List<ListCount> lists) {
        return new ImportResult(lists.stream().mapToInt(ListCount::created).sum(),
                lists.stream().mapToInt(ListCount::updated).sum(),
                lists.stream().mapToInt(ListCount::unchanged).sum(), List.copyOf(lists));
    }
}
