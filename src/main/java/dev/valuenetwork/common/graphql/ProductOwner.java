package dev.valuenetwork.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Who owns a product: a company or an alliance. */
@io.smallrye.graphql.api.Union
@Name("ProductOwner")
@Description("Who owns a product: a company, or an alliance such as a joint venture.")
public interface ProductOwner {
}
