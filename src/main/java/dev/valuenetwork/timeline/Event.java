package dev.valuenetwork.timeline;

import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.source.CitedKind;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Event")
@Description("A dated event in the life of a company or alliance.")
public record Event(
        @NonNull @Description("When it happened, as precisely as the source says.") PartialDate date,
        @NonNull @Description("What happened.") EventKind kind,
        @NonNull @Description("One line saying what happened, in English.") String summary,
        @NonNull @Description("The companies, alliances and people involved.") List<@NonNull Node> nodes,
        @Ignore CitedKind factKind,
        @Ignore long factId) {
}
