package dev.valuenetwork.dataset;

import static dev.valuenetwork.common.validation.Rules.MAX_KEY;
import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_SLUG;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.alliance.AllianceKind;
import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.CompanyKind;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.CompanyRecord;
import dev.valuenetwork.dataset.Dataset.PersonRecord;
import dev.valuenetwork.dataset.Dataset.ProductRecord;
import dev.valuenetwork.dataset.Dataset.SourceRecord;
import dev.valuenetwork.product.ProductKind;
import dev.valuenetwork.product.ProductStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a whole dataset before anything is written and reports every problem with its place.
 * References may name records of the same dataset or rows already stored. Node records are
 * checked here; facts in {@link FactValidator}.
 */
final class DatasetValidator {

    final Problems problems = new Problems();
    final ClaimValidator claims = new ClaimValidator(this);
    final Refs refs;
    final Dataset dataset;
    private final Map<Refs.Kind, Set<String>> declared = new HashMap<>();

    private DatasetValidator(Dataset dataset, Refs refs) {
        this.dataset = dataset;
        this.refs = refs;
    }

    static List<DatasetProblem> validate(Dataset dataset, Refs refs) {
        DatasetValidator validator = new DatasetValidator(dataset, refs);
        validator.declare(Refs.Kind.SOURCE, dataset.sources(), SourceRecord::key, "sources", MAX_KEY);
        validator.declare(Refs.Kind.COMPANY, dataset.companies(), CompanyRecord::slug, "companies", MAX_SLUG);
        validator.declare(Refs.Kind.PERSON, dataset.people(), PersonRecord::slug, "people", MAX_SLUG);
        validator.declare(Refs.Kind.ALLIANCE, dataset.alliances(), Dataset.AllianceRecord::slug, "alliances", MAX_SLUG);
        validator.declare(Refs.Kind.PRODUCT, dataset.products(), ProductRecord::slug, "products", MAX_SLUG);
        validator.checkNamespace();
        validator.checkNodes();
        new FactValidator(validator).check();
        return validator.problems.all();
    }

    /** Collects the keys a dataset declares for a kind, reporting bad and repeated ones. */
    private <R> void declare(Refs.Kind kind, List<R> records, Function<R, String> key, String list, int max) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            String at = Problems.at(list, i, k);
            problems.check(at, kind.keyColumn, Rules.slug(k, max));
            if (k != null && !keys.add(k)) {
                problems.add(at, "'" + k + "' appears more than once in " + list);
            }
        }
        declared.put(kind, keys);
    }

    /** Companies, people, alliances and products share one slug namespace. */
    private void checkNamespace() {
        Map<String, Refs.Kind> owner = new HashMap<>();
        for (Refs.Kind kind : List.of(Refs.Kind.COMPANY, Refs.Kind.PERSON, Refs.Kind.ALLIANCE, Refs.Kind.PRODUCT)) {
            for (String slug : declared.get(kind)) {
                Refs.Kind other = owner.putIfAbsent(slug, kind);
                String stored = refs.slugKind(slug);
                if (other != null) {
                    problems.add(kind.table + " " + slug, "slug '" + slug + "' is also a " + other.table + " in this dataset");
                } else if (stored != null && !stored.equalsIgnoreCase(kind.name())) {
                    problems.add(kind.table + " " + slug, "slug '" + slug + "' already names a stored " + stored.toLowerCase());
                }
            }
        }
    }

    private void checkNodes() {
        for (int i = 0; i < dataset.sources().size(); i++) {
            SourceRecord s = dataset.sources().get(i);
            String at = Problems.at("sources", i, s.key());
            problems.check(at, "title", Rules.required(s.title(), 500));
            problems.check(at, "titleEn", Rules.optional(s.titleEn(), 500));
            problems.check(at, "publisher", Rules.required(s.publisher(), MAX_NAME));
            problems.check(at, "author", Rules.optional(s.author(), MAX_NAME));
            problems.check(at, "url", Rules.url(s.url()));
            problems.check(at, "publishedOn", Rules.partialDate(s.publishedOn()));
            problems.check(at, "language", Rules.language(s.language()));
            problems.check(at, "note", Rules.optional(s.note(), MAX_TEXT));
            claims.check(at, ClaimSubject.SOURCE, s.claims(), own("publishedOn", s.publishedOn()));
        }
        for (int i = 0; i < dataset.companies().size(); i++) {
            CompanyRecord c = dataset.companies().get(i);
            String at = Problems.at("companies", i, c.slug());
            names(at, c.name(), c.nameKo(), c.identityBasis());
            problems.check(at, "kind", Rules.oneOf(CompanyKind.values(), c.kind()));
            problems.check(at, "country", Rules.country(c.country()));
            problems.check(at, "description", Rules.optional(c.description(), MAX_TEXT));
            problems.check(at, "descriptionKo", Rules.optional(c.descriptionKo(), MAX_TEXT));
            basis(at, "descriptionBasis", c.descriptionBasis());
            c.aliases().forEach(alias -> problems.check(at, "aliases", Rules.required(alias, MAX_NAME)));
            reference(at, "parent", Refs.Kind.COMPANY, c.parent(), false);
            if (c.parent() != null && c.parent().equals(c.slug())) {
                problems.add(at + ".parent", "a company cannot be its own parent");
            }
            citations(at, c.citations(), false);
        }
        for (int i = 0; i < dataset.people().size(); i++) {
            PersonRecord p = dataset.people().get(i);
            String at = Problems.at("people", i, p.slug());
            names(at, p.name(), p.nameKo(), p.identityBasis());
            citations(at, p.citations(), false);
        }
        for (int i = 0; i < dataset.alliances().size(); i++) {
            Dataset.AllianceRecord a = dataset.alliances().get(i);
            String at = Problems.at("alliances", i, a.slug());
            names(at, a.name(), a.nameKo(), null);
            basis(at, "nameBasis", a.nameBasis());
            problems.check(at, "kind", Rules.oneOf(AllianceKind.values(), a.kind()));
            problems.check(at, "status", a.status() == null ? null : Rules.oneOf(AllianceStatus.values(), a.status()));
            problems.check(at, "statusDetail", Rules.optional(a.statusDetail(), 500));
            problems.check(at, "purpose", Rules.optional(a.purpose(), MAX_TEXT));
            problems.check(at, "purposeKo", Rules.optional(a.purposeKo(), MAX_TEXT));
            claims.check(at, ClaimSubject.ALLIANCE, a.claims(), own("status", a.status(), "formedOn", a.formedOn(),
                    "endedOn", a.endedOn()));
            dates(at, "formedOn", a.formedOn(), "endedOn", a.endedOn());
            reference(at, "parent", Refs.Kind.ALLIANCE, a.parent(), false);
            if (a.parent() != null && a.parent().equals(a.slug())) {
                problems.add(at + ".parent", "an alliance cannot be its own parent");
            }
            citations(at, a.citations(), false);
        }
        for (int i = 0; i < dataset.products().size(); i++) {
            ProductRecord p = dataset.products().get(i);
            String at = Problems.at("products", i, p.slug());
            names(at, p.name(), p.nameKo(), null);
            basis(at, "nameBasis", p.nameBasis());
            problems.check(at, "kind", Rules.oneOf(ProductKind.values(), p.kind()));
            problems.check(at, "status", p.status() == null ? null : Rules.oneOf(ProductStatus.values(), p.status()));
            problems.check(at, "statusDetail", Rules.optional(p.statusDetail(), 500));
            problems.check(at, "description", Rules.optional(p.description(), MAX_TEXT));
            problems.check(at, "descriptionKo", Rules.optional(p.descriptionKo(), MAX_TEXT));
            claims.check(at, ClaimSubject.PRODUCT, p.claims(), own("status", p.status()));
            if ((p.ownerCompany() == null) == (p.ownerAlliance() == null)) {
                problems.add(at, "needs exactly one owner: ownerCompany or ownerAlliance");
            }
            reference(at, "ownerCompany", Refs.Kind.COMPANY, p.ownerCompany(), false);
            reference(at, "ownerAlliance", Refs.Kind.ALLIANCE, p.ownerAlliance(), false);
            citations(at, p.citations(), true);
        }
    }

    void names(String at, String name, String nameKo, String identityBasis) {
        problems.check(at, "name", Rules.required(name, MAX_NAME));
        problems.check(at, "nameKo", Rules.optional(nameKo, MAX_NAME));
        if (identityBasis != null) {
            problems.check(at, "identityBasis", Rules.oneOf(IdentityBasis.values(), identityBasis));
        }
    }

    void basis(String at, String field, String basis) {
        if (basis != null) {
            problems.check(at, field, Rules.oneOf(IdentityBasis.values(), basis));
        }
    }

    /** The record's own values of claimable fields, by name, for {@link ClaimValidator}. */
    static Map<String, Object> own(Object... namesAndValues) {
        Map<String, Object> own = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            own.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return own;
    }

    void dates(String at, String sinceField, String since, String untilField, String until) {
        problems.check(at, sinceField, Rules.partialDate(since));
        problems.check(at, untilField, Rules.partialDate(until));
        problems.check(at, untilField, Rules.ordered(since, until));
    }

    /** How the message of a reference to a record that does not exist ends. */
    static final String NOT_FOUND = " of this dataset or of the database";

    /** A reference must name a record of this dataset or a stored row. */
    void reference(String at, String field, Refs.Kind kind, String key, boolean required) {
        if (key == null) {
            if (required) {
                problems.add(at + "." + field, "is required");
            }
        } else if (!declared.get(kind).contains(key) && !refs.has(kind, key)) {
            problems.add(at + "." + field, "'" + key + "' is not a " + kind.table + NOT_FOUND);
        }
    }

    /** Facts must cite at least one source; every citation must name a known source. */
    void citations(String at, List<CitationRecord> citations, boolean required) {
        if (required && citations.isEmpty()) {
            problems.add(at + ".citations", "a fact needs at least one citation of its source");
        }
        for (int i = 0; i < citations.size(); i++) {
            CitationRecord c = citations.get(i);
            String here = at + ".citations[" + i + "]";
            reference(here, "source", Refs.Kind.SOURCE, c.source(), true);
            problems.check(here, "excerpt", Rules.optional(c.excerpt(), MAX_TEXT));
        }
    }
}
