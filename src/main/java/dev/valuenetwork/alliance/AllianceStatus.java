package dev.valuenetwork.alliance;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an alliance stands.")
public enum AllianceStatus {
    @Description("Announced, promised or agreed, but not yet in force.")
    PLANNED,
    @Description("Being explored: the parties are talking about working together.")
    EXPLORING,
    @Description("In force.")
    ACTIVE,
    @Description("Dissolved or expired.")
    ENDED
}
