package dev.valuenetwork.company;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of organisation a company is.")
public enum CompanyKind {
    @Description("Telecommunications operator.")
    TELCO,
    @Description("Large technology company.")
    BIG_TECH,
    @Description("AI start-up.")
    AI_STARTUP,
    @Description("AI infrastructure: data centres, GPUs, hardware.")
    AI_INFRASTRUCTURE,
    @Description("Research institute.")
    RESEARCH_INSTITUTE,
    @Description("University.")
    UNIVERSITY,
    @Description("Holding company of a corporate group.")
    HOLDING_COMPANY,
    @Description("Anything else.")
    OTHER
}
