package dev.valuenetwork.dataset;

/** The kinds of dataset records that can be edited one at a time. */
public enum RecordKind {
    SOURCE(NodeCodecs.SOURCES, "Source"),
    COMPANY(NodeCodecs.COMPANIES, "Company"),
    PERSON(NodeCodecs.PEOPLE, "Person"),
    ALLIANCE(NodeCodecs.ALLIANCES, "Alliance"),
    PRODUCT(NodeCodecs.PRODUCTS, "Product"),
    EXECUTIVE(FactCodecs.EXECUTIVES, "Executive"),
    MEMBERSHIP(FactCodecs.MEMBERSHIPS, "Membership"),
    INVESTMENT(FactCodecs.INVESTMENTS, "Investment"),
    STATEMENT(FactCodecs.STATEMENTS, "Statement"),
    FIGURE(FactCodecs.FIGURES, "ReportedFigure"),
    EXCHANGE_RATE(FactCodecs.EXCHANGE_RATES, "ExchangeRate");

    final Codec<?, ?> codec;
    private final String graphqlType;

    RecordKind(Codec<?, ?> codec, String graphqlType) {
        this.codec = codec;
        this.graphqlType = graphqlType;
    }

    /** The GraphQL type whose global ids name records of this kind. */
    public String graphqlType() {
        return graphqlType;
    }

    public static RecordKind ofGraphqlType(String type) {
        for (RecordKind kind : values()) {
            if (kind.graphqlType.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
