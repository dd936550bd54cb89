package dev.valuenetwork.activity;

import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.source.Cited;
import dev.valuenetwork.source.CitedKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Activity")
@Description("What a person or company did over a period, as a source reports it: a business trip, a visit, a meeting.")
public record Activity(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("What was done, in English.") String description,
        @Description("What was done, in the source's own words where it is in Korean.") String descriptionKo,
        @Description("When it began, as precisely as the sources say; null when they do not.") PartialDate startedOn,
        @Description("When it ended; null while it lasts or when the sources do not say.") PartialDate endedOn,
        @Description("Where it took place; null when the sources do not say.") String place,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long personId,
        @Ignore Long companyId) implements Node, Cited {

    public static final String TYPE = "Activity";

    @Ignore
    public CitedKind citedKind() {
        return CitedKind.ACTIVITY;
    }
}
