package dev.valuenetwork.product;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a product stands.")
public enum ProductStatus {
    @Description("Announced or planned, not yet available.")
    PLANNED,
    @Description("Available or in use.")
    LAUNCHED,
    @Description("Withdrawn.")
    RETIRED,
    @Description("The sources do not say where it stands.")
    UNKNOWN
}
