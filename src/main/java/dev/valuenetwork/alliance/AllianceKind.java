package dev.valuenetwork.alliance;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of tie an alliance is.")
public enum AllianceKind {
    @Description("A group of companies acting together, such as the Global Telco AI Alliance.")
    ALLIANCE,
    @Description("A partnership, usually of two companies (a bilateral partnership is an alliance of two members).")
    PARTNERSHIP,
    @Description("A jointly owned venture.")
    JOINT_VENTURE
}
