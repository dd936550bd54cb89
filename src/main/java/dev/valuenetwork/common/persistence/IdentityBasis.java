package dev.valuenetwork.common.persistence;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a node's identity data (official names, country, kind, parent) comes from.")
public enum IdentityBasis {
    @Description("General knowledge, not a cited source; the node's facts still cite theirs.")
    GENERAL_KNOWLEDGE,
    @Description("The node's cited sources.")
    SOURCED
}
