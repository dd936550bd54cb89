package dev.valuenetwork.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How much weight a claim carries against the other claims of the same attribute (Wikidata's ranks).")
public enum ClaimRank {
    @Description("The claim the dataset takes as the value: the best supported of competing claims.")
    PREFERRED,
    @Description("A claim a source makes that has not been weighed against the others, or that agrees with them.")
    NORMAL,
    @Description("A claim known to be wrong or unsupported; kept with the reason, never taken as the value.")
    DEPRECATED
}
