package dev.valuenetwork.figure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Metric")
@Description("A documented metric code that reported figures use.")
public record Metric(
        @NonNull @Description("The code, such as \"subscribers\".") String code,
        @NonNull @Description("What the metric measures.") String description) {
}
