package dev.valuenetwork.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("How the source qualifies a number.")
public enum Qualifier {
    @Description("The number as stated, without qualification.")
    EXACT,
    @Description("About this much (\"약\", \"여\", \"some\", \"reaches\").")
    ABOUT,
    @Description("At least this much (\"이상\", \"over\").")
    AT_LEAST,
    @Description("At most this much (\"이하\", \"under\").")
    AT_MOST
}
