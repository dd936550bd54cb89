package dev.valuenetwork.network;

/** A node of the graph by kind (as node_slug names kinds) and row id. */
record NodeRef(String kind, long id) {

    static final String COMPANY = "COMPANY";
    static final String ALLIANCE = "ALLIANCE";
    static final String PERSON = "PERSON";
    static final String PRODUCT = "PRODUCT";
}
