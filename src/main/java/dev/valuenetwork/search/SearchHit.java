package dev.valuenetwork.search;

import dev.valuenetwork.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("A node that matches a search, how well, and the text that matched.")
public record SearchHit(
        @NonNull @Description("The matching company, person, alliance, product or statement.") Node node,
        @NonNull @Description("How well it matches, from 0 to 1: 1 for an exact name, lower for partial and fuzzy matches.")
        double score,
        @NonNull @Description("The text that matched: a name, an alias, or a passage of a quote.") String matched,
        @NonNull @Description("Which field matched: name, nameKo, alias, text or translation.") String field) {
}
