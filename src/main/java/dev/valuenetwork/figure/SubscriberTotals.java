package dev.valuenetwork.figure;

import dev.valuenetwork.common.graphql.Decimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SubscriberTotals")
@Description("An alliance's reported combined subscribers beside the sum of its current members' own reported figures.")
public record SubscriberTotals(
        @NonNull @Description("Subscriber figures reported for the alliance as a whole, newest first.")
        List<@NonNull ReportedFigure> reported,
        @Description("The sum of each current member's latest reported subscriber figure; null when no member has one.")
        Decimal membersSum,
        @NonNull @Description("Current members with a reported subscriber figure, whose figures membersSum adds up.")
        int membersWithFigure,
        @NonNull @Description("Current members without one: membersSum leaves them out rather than counting zero.")
        int membersWithoutFigure) {
}
