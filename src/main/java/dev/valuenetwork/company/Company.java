package dev.valuenetwork.company;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.graphql.FigureSubject;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.ProductOwner;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Company")
@Description("A company, institute or university in the value network.")
public record Company(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Unique slug; with people, alliances and products it shares one namespace.") String slug,
        @NonNull @Description("Official English name.") String name,
        @Description("Korean name.") String nameKo,
        @NonNull @Description("Other names the company goes by.") List<@NonNull String> aliases,
        @NonNull @Description("What kind of organisation it is.") CompanyKind kind,
        @Description("ISO 3166-1 alpha-2 country code of its headquarters.") String country,
        @Description("A short description of its business.") String description,
        @Description("The description in Korean, where the sources give one.") String descriptionKo,
        @Description("Where the description comes from: SOURCED (it restates the cited sources) or GENERAL_KNOWLEDGE;"
                + " null without a description.") IdentityBasis descriptionBasis,
        @NonNull @Description("Where its identity data (names, country, kind, parent) comes from.") IdentityBasis identityBasis,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long parentId) implements Node, ProductOwner, FigureSubject, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.COMPANY;
    }


    public static final String TYPE = "Company";
    /** The one loader of companies by id that every to-one field shares, so a level costs one statement. */
    public static final String BY_ID = "Company.byId";
}
