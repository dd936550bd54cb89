package dev.valuenetwork.dataset;

import dev.valuenetwork.alliance.AllianceEntity;
import dev.valuenetwork.alliance.AllianceKind;
import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.company.CompanyEntity;
import dev.valuenetwork.company.CompanyKind;
import dev.valuenetwork.dataset.Dataset.AllianceRecord;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset.CompanyRecord;
import dev.valuenetwork.dataset.Dataset.PersonRecord;
import dev.valuenetwork.dataset.Dataset.ProductRecord;
import dev.valuenetwork.dataset.Dataset.SourceRecord;
import dev.valuenetwork.person.PersonEntity;
import dev.valuenetwork.product.ProductEntity;
import dev.valuenetwork.product.ProductKind;
import dev.valuenetwork.product.ProductStatus;
import dev.valuenetwork.source.CitedKind;
import dev.valuenetwork.source.SourceEntity;
import java.util.List;

/** Codecs of the named nodes: sources, companies, people, alliances and products. */
final class NodeCodecs {

    private NodeCodecs() {
    }

    static final Codec<SourceRecord, SourceEntity> SOURCES = new Codec<>() {
        public String list() { return "sources"; }
        public String table() { return "source"; }
        public String keyColumn() { return "key"; }
        public Class<SourceEntity> entity() { return SourceEntity.class; }
        public CitedKind cited() { return null; }
        public Refs.Kind referredAs() { return Refs.Kind.SOURCE; }
        public String key(SourceRecord r) { return r.key(); }
        public String key(SourceEntity e) { return e.key; }
        public long id(SourceEntity e) { return e.id; }
        public SourceEntity create() { return new SourceEntity(); }
        public List<CitationRecord> citations(SourceRecord r) { return List.of(); }
        public ClaimSubject claimed() { return ClaimSubject.SOURCE; }
        public List<ClaimRecord> claims(SourceRecord r) { return r.claims(); }

        public void apply(SourceRecord r, SourceEntity e, Refs refs) {
            e.key = r.key();
            e.title = r.title();
            e.titleEn = r.titleEn();
            e.publisher = r.publisher();
            e.author = r.author();
            e.url = r.url();
            e.publishedOn = Claims.value(r.publishedOn(), r.claims(), "publishedOn");
            e.language = r.language();
            e.note = r.note();
        }

        public SourceRecord export(SourceEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            List<ClaimRecord> claims = attached.claims();
            return new SourceRecord(e.key, e.title, e.titleEn, e.publisher, e.author, e.url,
                    Claims.own(e.publishedOn, claims, "publishedOn"), e.language, e.note, claims);
        }
    };

    static final Codec<CompanyRecord, CompanyEntity> COMPANIES = new Codec<>() {
        public String list() { return "companies"; }
        public String table() { return "company"; }
        public String keyColumn() { return "slug"; }
        public Class<CompanyEntity> entity() { return CompanyEntity.class; }
        public CitedKind cited() { return CitedKind.COMPANY; }
        public Refs.Kind referredAs() { return Refs.Kind.COMPANY; }
        public String key(CompanyRecord r) { return r.slug(); }
        public String key(CompanyEntity e) { return e.slug; }
        public long id(CompanyEntity e) { return e.id; }
        public CompanyEntity create() { return new CompanyEntity(); }
        public List<CitationRecord> citations(CompanyRecord r) { return r.citations(); }

        public void apply(CompanyRecord r, CompanyEntity e, Refs refs) {
            e.slug = r.slug();
            e.name = r.name();
            e.nameKo = r.nameKo();
            e.aliases = r.aliases().toArray(String[]::new);
            e.kind = CompanyKind.valueOf(r.kind());
            e.country = r.country();
            e.description = r.description();
            e.descriptionKo = r.descriptionKo();
            e.descriptionBasis = r.descriptionBasis() == null ? null : IdentityBasis.valueOf(r.descriptionBasis());
            e.parentId = r.parent() == null ? null : refs.require(Refs.Kind.COMPANY, r.parent());
            e.identityBasis = IdentityBasis.valueOf(r.identityBasis());
        }

        public CompanyRecord export(CompanyEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new CompanyRecord(e.slug, e.name, e.nameKo, List.of(e.aliases), e.kind.name(), e.country,
                    e.description, e.descriptionKo, e.descriptionBasis == null ? null : e.descriptionBasis.name(),
                    refs.key(Refs.Kind.COMPANY, e.parentId), e.identityBasis.name(), citations);
        }
    };

    static final Codec<PersonRecord, PersonEntity> PEOPLE = new Codec<>() {
        public String list() { return "people"; }
        public String table() { return "person"; }
        public String keyColumn() { return "slug"; }
        public Class<PersonEntity> entity() { return PersonEntity.class; }
        public CitedKind cited() { return CitedKind.PERSON; }
        public Refs.Kind referredAs() { return Refs.Kind.PERSON; }
        public String key(PersonRecord r) { return r.slug(); }
        public String key(PersonEntity e) { return e.slug; }
        public long id(PersonEntity e) { return e.id; }
        public PersonEntity create() { return new PersonEntity(); }
        public List<CitationRecord> citations(PersonRecord r) { return r.citations(); }

        public void apply(PersonRecord r, PersonEntity e, Refs refs) {
            e.slug = r.slug();
            e.name = r.name();
            e.nameKo = r.nameKo();
            e.identityBasis = IdentityBasis.valueOf(r.identityBasis());
        }

        public PersonRecord export(PersonEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new PersonRecord(e.slug, e.name, e.nameKo, e.identityBasis.name(), citations);
        }
    };

    static final Codec<AllianceRecord, AllianceEntity> ALLIANCES = new Codec<>() {
        public String list() { return "alliances"; }
        public String table() { return "alliance"; }
        public String keyColumn() { return "slug"; }
        public Class<AllianceEntity> entity() { return AllianceEntity.class; }
        public CitedKind cited() { return CitedKind.ALLIANCE; }
        public Refs.Kind referredAs() { return Refs.Kind.ALLIANCE; }
        public String key(AllianceRecord r) { return r.slug(); }
        public String key(AllianceEntity e) { return e.slug; }
        public long id(AllianceEntity e) { return e.id; }
        public AllianceEntity create() { return new AllianceEntity(); }
        public List<CitationRecord> citations(AllianceRecord r) { return r.citations(); }
        public ClaimSubject claimed() { return ClaimSubject.ALLIANCE; }
        public List<ClaimRecord> claims(AllianceRecord r) { return r.claims(); }

        public void apply(AllianceRecord r, AllianceEntity e, Refs refs) {
            e.slug = r.slug();
            e.name = r.name();
            e.nameKo = r.nameKo();
            e.nameBasis = IdentityBasis.valueOf(r.nameBasis());
            e.kind = AllianceKind.valueOf(r.kind());
            e.status = AllianceStatus.valueOf(Claims.status(r.status(), r.claims()));
            e.statusDetail = r.statusDetail();
            e.purpose = r.purpose();
            e.purposeKo = r.purposeKo();
            e.formedOn = Claims.value(r.formedOn(), r.claims(), "formedOn");
            e.endedOn = Claims.value(r.endedOn(), r.claims(), "endedOn");
            e.parentId = r.parent() == null ? null : refs.require(Refs.Kind.ALLIANCE, r.parent());
        }

        public AllianceRecord export(AllianceEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            List<ClaimRecord> claims = attached.claims();
            return new AllianceRecord(e.slug, e.name, e.nameKo, e.nameBasis.name(), e.kind.name(),
                    Claims.own(e.status.name(), claims, Claims.STATUS), e.statusDetail, e.purpose, e.purposeKo,
                    Claims.own(e.formedOn, claims, "formedOn"), Claims.own(e.endedOn, claims, "endedOn"),
                    refs.key(Refs.Kind.ALLIANCE, e.parentId), citations, claims);
        }
    };

    static final Codec<ProductRecord, ProductEntity> PRODUCTS = new Codec<>() {
        public String list() { return "products"; }
        public String table() { return "product"; }
        public String keyColumn() { return "slug"; }
        public Class<ProductEntity> entity() { return ProductEntity.class; }
        public CitedKind cited() { return CitedKind.PRODUCT; }
        public Refs.Kind referredAs() { return Refs.Kind.PRODUCT; }
        public String key(ProductRecord r) { return r.slug(); }
        public String key(ProductEntity e) { return e.slug; }
        public long id(ProductEntity e) { return e.id; }
        public ProductEntity create() { return new ProductEntity(); }
        public List<CitationRecord> citations(ProductRecord r) { return r.citations(); }
        public ClaimSubject claimed() { return ClaimSubject.PRODUCT; }
        public List<ClaimRecord> claims(ProductRecord r) { return r.claims(); }

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
            List<CitationRecord> citations = attached.citations();
            List<ClaimRecord> claims = attached.claims();
            return new ProductRecord(e.slug, e.name, e.nameKo, e.nameBasis.name(), e.kind.name(),
                    Claims.own(e.status.name(), claims, Claims.STATUS), e.statusDetail,
                    refs.key(Refs.Kind.COMPANY, e.ownerCompanyId), refs.key(Refs.Kind.ALLIANCE, e.ownerAllianceId),
                    e.description, e.descriptionKo, citations, claims);
        }
    };
}
