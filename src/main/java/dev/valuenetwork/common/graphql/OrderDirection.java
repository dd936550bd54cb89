package dev.valuenetwork.common.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
    @Description("Ascending: oldest or smallest first (unknown values still last).")
    ASC,
    @Description("Descending: newest or largest first (unknown values last).")
    DESC
}
