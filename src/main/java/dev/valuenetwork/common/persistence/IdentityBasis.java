package dev.valuenetwork.common.persistence;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a node's identity data (official names, country, kind, parent), name or description comes from.")
public enum IdentityBasis {
    @Description("General knowledge, not a cited source; the node's facts still cite theirs.")
    GENERAL_KNOWLEDGE,
    @Description("The node's cited sources.")
    SOURCED,
    @Description("A label this dataset coined because no source names the thing, such as \"GTAA Joint Venture\".")
    DATASET_LABEL
}
