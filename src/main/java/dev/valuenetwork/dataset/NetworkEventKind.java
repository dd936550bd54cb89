package dev.valuenetwork.dataset;

import org.eclipse.microprofile.graphql.Description;

@Description("What changed in the network.")
public enum NetworkEventKind {
    @Description("An alliance, partnership or joint venture was recorded.")
    ALLIANCE_FORMED,
    @Description("An alliance was recorded as ended.")
    ALLIANCE_ENDED,
    @Description("A company joined an alliance.")
    MEMBER_JOINED,
    @Description("A company left an alliance.")
    MEMBER_LEFT,
    @Description("An investment was recorded.")
    INVESTMENT_RECORDED,
    @Description("A statement was recorded.")
    STATEMENT_RECORDED,
    @Description("A figure was reported.")
    FIGURE_REPORTED,
    @Description("Another record was created: a company, person, role, product or source.")
    ENTITY_CREATED,
    @Description("A record was changed.")
    ENTITY_UPDATED,
    @Description("A record was deleted; `node` is null and `nodeId` names what it was.")
    ENTITY_DELETED,
    @Description("A dataset was imported; `summary` gives the counts.")
    DATASET_IMPORTED
}
