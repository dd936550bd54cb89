package dev.valuenetwork.network;

import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.source.CitedKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Edge")
@Description("A tie between two nodes: a membership, partnership, investment, leadership, product ownership or parent link.")
public record Edge(
        @NonNull @Description("Where the tie starts: the member, partner, investor, person, owner or parent.") Node from,
        @NonNull @Description("Where it ends: the alliance, partnership, investee, company, product or child.") Node to,
        @NonNull @Description("What kind of tie it is.") EdgeKind kind,
        @Description("When it began (an investment: when it was announced), as precisely as known.") PartialDate since,
        @Description("When it ended, when it has.") PartialDate until,
        @Description("For a membership or partnership, its tie's status on the date asked (now without asOf); null for"
                + " other kinds of edges.") AllianceStatus status,
        @Ignore CitedKind fact,
        @Ignore long factId) {
}
