package dev.valuenetwork.company;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Companies as dataset records: written after sources, parents before subsidiaries. */
@ApplicationScoped
@Unremovable
public class CompanySlice implements RecordSlice<CompanyRecord, CompanyEntity> {

    public String list() { return "companies"; }
    public Class<CompanyRecord> recordType() { return CompanyRecord.class; }
    public String graphqlType() { return Company.TYPE; }
    public int order() { return 10; }
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
    public String parent(CompanyRecord r) { return r.parent(); }

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
        return new CompanyRecord(e.slug, e.name, e.nameKo, List.of(e.aliases), e.kind.name(), e.country,
                e.description, e.descriptionKo, e.descriptionBasis == null ? null : e.descriptionBasis.name(),
                refs.key(Refs.Kind.COMPANY, e.parentId), e.identityBasis.name(), attached.citations());
    }

    public void check(CompanyRecord c, RecordCheck check) {
        check.names(c.name(), c.nameKo());
        check.basis("identityBasis", c.identityBasis());
        check.check("kind", Rules.oneOf(CompanyKind.values(), c.kind()));
        check.check("country", Rules.country(c.country()));
        check.check("description", Rules.optional(c.description(), MAX_TEXT));
        check.check("descriptionKo", Rules.optional(c.descriptionKo(), MAX_TEXT));
        check.basis("descriptionBasis", c.descriptionBasis());
        c.aliases().forEach(alias -> check.check("aliases", Rules.required(alias, MAX_NAME)));
        check.reference("parent", Refs.Kind.COMPANY, c.parent(), false);
        check.citations(c.citations(), false);
    }

    public List<List<String>> involved(CompanyRecord c) {
        return ChangeLog.nodes(Company.TYPE, c.slug(), Company.TYPE, c.parent());
    }

    public Map<String, String> referrers() {
        return Map.of(
                "membership(s)", "SELECT count(*) FROM membership WHERE company_id = :id",
                "investment(s)", "SELECT count(*) FROM investment WHERE investor_id = :id OR investee_id = :id",
                "co-investment(s)", "SELECT count(*) FROM investment_co_investor WHERE company_id = :id",
                "executive role(s)", "SELECT count(*) FROM executive WHERE company_id = :id",
                "activity(ies)", "SELECT count(*) FROM activity WHERE company_id = :id",
                "statement(s)", "SELECT count(*) FROM statement WHERE company_id = :id",
                "product(s)", "SELECT count(*) FROM product WHERE owner_company_id = :id",
                "reported figure(s)", "SELECT count(*) FROM reported_figure WHERE company_id = :id",
                "subsidiary(ies)", "SELECT count(*) FROM company WHERE parent_id = :id");
    }
}
