package dev.valuenetwork.network;

import org.eclipse.microprofile.graphql.Description;

@Description("The kinds of ties between nodes of the network.")
public enum EdgeKind {
    @Description("A company's membership in an alliance or joint venture (company to alliance).")
    MEMBERSHIP,
    @Description("A company's part in a partnership (company to partnership).")
    PARTNERSHIP,
    @Description("An investment (investor to investee).")
    INVESTMENT,
    @Description("A person's title at a company (person to company).")
    LEADERSHIP,
    @Description("Ownership of a product (company or alliance to product).")
    PRODUCT_OWNERSHIP,
    @Description("A corporate group or a parent alliance (parent to child).")
    PARENT
}
