package dev.valuenetwork.alliance;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a tie stands. Only ACTIVE ties are edges in force in `network` and `paths` unless a filter asks for"
        + " others; the status on a date comes from the tie's dated status claims.")
public enum AllianceStatus {
    @Description("Promised: the parties said they would cooperate, but nothing in force is reported yet.")
    PROMISED,
    @Description("Announced or agreed, but not yet in force.")
    PLANNED,
    @Description("Being explored: the parties are talking about working together.")
    EXPLORING,
    @Description("In force.")
    ACTIVE,
    @Description("Dissolved or expired.")
    ENDED,
    @Description("The sources do not say where it stands.")
    UNKNOWN
}
