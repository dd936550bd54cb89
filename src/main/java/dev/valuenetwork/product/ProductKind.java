package dev.valuenetwork.product;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of product it is.")
public enum ProductKind {
    @Description("An AI model, such as a large language model.")
    AI_MODEL,
    @Description("A software platform.")
    PLATFORM,
    @Description("A programme, such as a training or literacy programme.")
    PROGRAMME,
    @Description("A service offered to customers.")
    SERVICE
}
