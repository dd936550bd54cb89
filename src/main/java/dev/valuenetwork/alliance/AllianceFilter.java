package dev.valuenetwork.alliance;

import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("AllianceFilter")
@Description("Narrows a list of alliances; all given conditions must hold.")
public record AllianceFilter(
        @Description("Only alliances of this kind: ALLIANCE, PARTNERSHIP or JOINT_VENTURE.") AllianceKind kind,
        @Description("Only alliances the company with this slug is or was a member of.") String member,
        @Description("Only alliances in force on this date: ACTIVE or ENDED (not merely planned or explored), formed"
                + " by the date's end (or formed at an unknown date) and not ended before its start.") PartialDate activeOn) {
}
