package dev.valuenetwork.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** What a reported figure is about: a company, an alliance or a product. */
@io.smallrye.graphql.api.Union
@Name("FigureSubject")
@Description("What a reported figure is about: a company, an alliance or a product.")
public interface FigureSubject {
}
