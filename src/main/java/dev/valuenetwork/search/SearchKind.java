package dev.valuenetwork.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What kinds of nodes a search covers.")
public enum SearchKind {
    @Description("Companies, by English and Korean name and aliases.")
    COMPANY,
    @Description("People, by English and Korean name.")
    PERSON,
    @Description("Alliances, partnerships and joint ventures, by English and Korean name.")
    ALLIANCE,
    @Description("Products, by English and Korean name.")
    PRODUCT,
    @Description("Statements, by their original text and translation.")
    STATEMENT
}
