package dev.valuenetwork.dataset;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did to a record.")
public enum AuditAction {
    @Description("Created it through a mutation.")
    CREATE,
    @Description("Changed it through a mutation.")
    UPDATE,
    @Description("Deleted it through a mutation.")
    DELETE,
    @Description("Created or changed it by importing a dataset (the seed, importDataset or the command line).")
    IMPORT
}
