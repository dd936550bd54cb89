package dev.valuenetwork.editing;

import dev.valuenetwork.alliance.AllianceKind;
import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.company.CompanyKind;
import dev.valuenetwork.product.ProductKind;
import dev.valuenetwork.product.ProductStatus;
import java.util.List;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Inputs for creating and updating named nodes. Slugs are set once, at creation: they make the
 * global id. In updates an omitted field keeps its value, and {@code clear} names fields to empty.
 */
public final class NodeInputs {

    private NodeInputs() {
    }

    @Input("CreateCompanyInput")
    @Description("A new company.")
    public record CreateCompany(
            @NonNull @Description("Unique slug: the lowercased English name with hyphens, such as \"sk-telecom\".") String slug,
            @NonNull @Description("Official English name.") String name,
            @Description("Korean name.") String nameKo,
            @Nullable @Description("Other names it goes by.") List<@NonNull String> aliases,
            @NonNull @Description("What kind of organisation it is.") CompanyKind kind,
            @Description("ISO 3166-1 alpha-2 country code.") String country,
            @Description("A short description of its business.") String description,
            @Id @Description("Its parent company, in a corporate group.") String parentId,
            @Description("Where its identity data comes from; GENERAL_KNOWLEDGE when omitted.") IdentityBasis identityBasis,
            @Nullable @Description("Sources for its descriptive data, if any.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateCompanyInput")
    @Description("Changes to a company.")
    public record UpdateCompany(
            @Id @NonNull @Description("The company.") String id,
            @NonNull @Description("The version read; a newer stored version makes this a CONFLICT.") int version,
            @Description("New official English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Nullable @Description("New aliases, replacing the old ones.") List<@NonNull String> aliases,
            @Description("New kind.") CompanyKind kind,
            @Description("New country code.") String country,
            @Description("New description.") String description,
            @Id @Description("New parent company.") String parentId,
            @Description("New identity basis.") IdentityBasis identityBasis,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, aliases, country, description, parent, sources.") List<@NonNull String> clear) {
    }

    @Input("CreatePersonInput")
    @Description("A new person.")
    public record CreatePerson(
            @NonNull @Description("Unique slug: the name in the person's own English spelling, with hyphens.") String slug,
            @NonNull @Description("Name in the person's own official English spelling.") String name,
            @Description("Korean name.") String nameKo,
            @Description("Where the identity data comes from; GENERAL_KNOWLEDGE when omitted.") IdentityBasis identityBasis,
            @Nullable @Description("Sources for the identity data, if any.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdatePersonInput")
    @Description("Changes to a person.")
    public record UpdatePerson(
            @Id @NonNull @Description("The person.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New identity basis.") IdentityBasis identityBasis,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, sources.") List<@NonNull String> clear) {
    }

    @Input("CreateAllianceInput")
    @Description("A new alliance, partnership or joint venture.")
    public record CreateAlliance(
            @NonNull @Description("Unique slug.") String slug,
            @NonNull @Description("English name.") String name,
            @Description("Korean name.") String nameKo,
            @NonNull @Description("Alliance, partnership or joint venture.") AllianceKind kind,
            @NonNull @Description("Where it stands.") AllianceStatus status,
            @Description("The status in the source's words.") String statusDetail,
            @Description("What it is for.") String purpose,
            @Description("When it was formed.") PartialDate formedOn,
            @Description("When it ended.") PartialDate endedOn,
            @Id @Description("The alliance that formed it or that it belongs to.") String parentId,
            @Nullable @Description("The sources that report it.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateAllianceInput")
    @Description("Changes to an alliance; set status ENDED and endedOn when it breaks up.")
    public record UpdateAlliance(
            @Id @NonNull @Description("The alliance.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New kind.") AllianceKind kind,
            @Description("New status.") AllianceStatus status,
            @Description("New status wording.") String statusDetail,
            @Description("New purpose.") String purpose,
            @Description("New formation date.") PartialDate formedOn,
            @Description("New end date.") PartialDate endedOn,
            @Id @Description("New parent alliance.") String parentId,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, statusDetail, purpose, formedOn, endedOn, parent, sources.")
            List<@NonNull String> clear) {
    }

    @Input("CreateProductInput")
    @Description("A new product: an AI model, platform, programme or service.")
    public record CreateProduct(
            @NonNull @Description("Unique slug.") String slug,
            @NonNull @Description("Name.") String name,
            @Description("Korean name.") String nameKo,
            @NonNull @Description("What kind of product.") ProductKind kind,
            @NonNull @Description("Where it stands.") ProductStatus status,
            @Description("The status in the source's words.") String statusDetail,
            @Id @NonNull @Description("Its owner: a company or an alliance.") String ownerId,
            @Description("What it is.") String description,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateProductInput")
    @Description("Changes to a product.")
    public record UpdateProduct(
            @Id @NonNull @Description("The product.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New kind.") ProductKind kind,
            @Description("New status.") ProductStatus status,
            @Description("New status wording.") String statusDetail,
            @Id @Description("New owner: a company or an alliance.") String ownerId,
            @Description("New description.") String description,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, statusDetail, description.") List<@NonNull String> clear) {
    }

    @Input("UpdateSourceInput")
    @Description("Changes to a source.")
    public record UpdateSource(
            @Id @NonNull @Description("The source.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New title.") String title,
            @Description("New English title.") String titleEn,
            @Description("New publisher.") String publisher,
            @Description("New author.") String author,
            @Description("New URL.") String url,
            @Description("New publication date.") PartialDate publishedOn,
            @Description("New language code.") String language,
            @Description("New note.") String note,
            @Nullable @Description("Fields to empty: titleEn, author, url, publishedOn, language, note.") List<@NonNull String> clear) {
    }
}
