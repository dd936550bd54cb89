package dev.valuenetwork.product;

import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Claims;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Products as dataset records; written after the companies and alliances that own them. */
@ApplicationScoped
@Unremovable
public class ProductSlice implements RecordSlice<ProductRecord, ProductEntity> {

    public String list() { return "products"; }
    public Class<ProductRecord> recordType() { return ProductRecord.class; }
    public String graphqlType() { return Product.TYPE; }
    public int order() { return 40; }
    public String table() { return "product"; }
    public String keyColumn() { return "slug"; }
    public Class<ProductEntity> entity() { return ProductEntity.class; }
    public CitedKind cited() { return CitedKind.PRODUCT; }
    public ClaimSubject claimed() { return ClaimSubject.PRODUCT; }
    public Set<String> claimable() { return Set.of(Claims.STATUS); }
    public Refs.Kind referredAs() { return Refs.Kind.PRODUCT; }
    public String key(ProductRecord r) { return r.slug(); }
    public String key(ProductEntity e) { return e.slug; }
    public long id(ProductEntity e) { return e.id; }
    public ProductEntity create() { return new ProductEntity(); }
    public List<CitationRecord> citations(ProductRecord r) { return r.citations(); }
    public List<ClaimRecord> claims(ProductRecord r) { return r.claims(); }

    public ProductRecord withClaims(ProductRecord r, List<ClaimRecord> claims) {
        return new ProductRecord(r.slug(), r.name(), r.nameKo(), r.nameBasis(), r.kind(), r.status(), r.statusDetail(),
                r.ownerCompany(), r.ownerAlliance(), r.description(), r.descriptionKo(), r.citations(), claims);
    }

    public void apply(ProductRecord r, ProductEntity e, Refs refs) {
        e.slug = r.slug();
        e.name = r.name();
        e.nameKo = r.nameKo();
        e.nameBasis = IdentityBasis.valueOf(r.nameBasis());
        e.kind = ProductKind.valueOf(r.kind());
        e.status = ProductStatus.valueOf(Claims.status(r.status(), r.claims()));
        e.statusDetail = r.statusDetail();
        e.description = r.description();
        e.descriptionKo = r.descriptionKo();
        e.ownerCompanyId = r.ownerCompany() == null ? null : refs.require(Refs.Kind.COMPANY, r.ownerCompany());
        e.ownerAllianceId = r.ownerAlliance() == null ? null : refs.require(Refs.Kind.ALLIANCE, r.ownerAlliance());
    }

    public ProductRecord export(ProductEntity e, Refs refs, Attached attached) {
        List<ClaimRecord> claims = attached.claims();
        return new ProductRecord(e.slug, e.name, e.nameKo, e.nameBasis.name(), e.kind.name(),
                Claims.own(e.status.name(), claims, Claims.STATUS), e.statusDetail,
                refs.key(Refs.Kind.COMPANY, e.ownerCompanyId), refs.key(Refs.Kind.ALLIANCE, e.ownerAllianceId),
                e.description, e.descriptionKo, attached.citations(), claims);
    }

    public void check(ProductRecord p, RecordCheck check) {
        check.names(p.name(), p.nameKo());
        check.basis("nameBasis", p.nameBasis());
        check.check("kind", Rules.oneOf(ProductKind.values(), p.kind()));
        check.check("status", p.status() == null ? null : Rules.oneOf(ProductStatus.values(), p.status()));
        check.check("statusDetail", Rules.optional(p.statusDetail(), 500));
        check.check("description", Rules.optional(p.description(), MAX_TEXT));
        check.check("descriptionKo", Rules.optional(p.descriptionKo(), MAX_TEXT));
        check.claims(p.claims(), Claims.STATUS, p.status());
        if ((p.ownerCompany() == null) == (p.ownerAlliance() == null)) {
            check.record("needs exactly one owner: ownerCompany or ownerAlliance");
        }
        check.reference("ownerCompany", Refs.Kind.COMPANY, p.ownerCompany(), false);
        check.reference("ownerAlliance", Refs.Kind.ALLIANCE, p.ownerAlliance(), false);
        check.citations(p.citations(), true);
    }

    public String claimValueProblem(String attribute, String value) {
        return Rules.oneOf(ProductStatus.values(), value);
    }

    public List<List<String>> involved(ProductRecord p) {
        return ChangeLog.nodes(Product.TYPE, p.slug(), Company.TYPE, p.ownerCompany(), Alliance.TYPE, p.ownerAlliance());
    }

    public Map<String, String> referrers() {
        return Map.of("reported figure(s)", "SELECT count(*) FROM reported_figure WHERE product_id = :id");
    }

    public String inputField(String field) {
        return field.startsWith("owner") ? "ownerId" : field;
    }
}
