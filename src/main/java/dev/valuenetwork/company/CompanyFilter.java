package dev.valuenetwork.company;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CompanyFilter")
@Description("Narrows a list of companies; all given conditions must hold.")
public record CompanyFilter(
        @Description("Only companies of this kind.") CompanyKind kind,
        @Description("Only companies headquartered in this country (ISO 3166-1 alpha-2, such as \"KR\").") String country,
        @Description("Only companies whose English or Korean name or an alias contains this text, ignoring case"
                + " (one or two characters match the start of a word).") String nameContains,
        @Description("Only companies that are or were members of the alliance with this slug.") String memberOf) {
}
