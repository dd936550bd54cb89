package dev.valuenetwork.figure;

import dev.valuenetwork.dataset.NetworkEventKind;
import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.product.Product;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** Reported figures as dataset records: a documented metric of one company, alliance or product. */
@ApplicationScoped
@Unremovable
public class FigureSlice implements RecordSlice<FigureRecord, FigureEntity> {

    public String list() { return "figures"; }
    public Class<FigureRecord> recordType() { return FigureRecord.class; }
    public String graphqlType() { return ReportedFigure.TYPE; }
    public int order() { return 90; }
    public String table() { return "reported_figure"; }
    public String keyColumn() { return "key"; }
    public Class<FigureEntity> entity() { return FigureEntity.class; }
    public CitedKind cited() { return CitedKind.FIGURE; }
    public String key(FigureRecord r) { return r.key(); }
    public String key(FigureEntity e) { return e.key; }
    public long id(FigureEntity e) { return e.id; }
    public FigureEntity create() { return new FigureEntity(); }
    public List<CitationRecord> citations(FigureRecord r) { return r.citations(); }

    public void apply(FigureRecord r, FigureEntity e, Refs refs) {
        e.key = r.key();
        e.companyId = refs.id(Refs.Kind.COMPANY, r.company());
        e.allianceId = refs.id(Refs.Kind.ALLIANCE, r.alliance());
        e.productId = refs.id(Refs.Kind.PRODUCT, r.product());
        e.metric = r.metric();
        e.value = r.value();
        e.unit = r.unit();
        e.qualifier = Qualifier.valueOf(r.qualifier());
        e.asOf = r.asOf();
        e.note = r.note();
    }

    public FigureRecord export(FigureEntity e, Refs refs, Attached attached) {
        return new FigureRecord(e.key, refs.key(Refs.Kind.COMPANY, e.companyId), refs.key(Refs.Kind.ALLIANCE, e.allianceId),
                refs.key(Refs.Kind.PRODUCT, e.productId), e.metric, e.value, e.unit, e.qualifier.name(), e.asOf,
                e.note, attached.citations());
    }

    public void check(FigureRecord r, RecordCheck check) {
        long subjects = Stream.of(r.company(), r.alliance(), r.product()).filter(s -> s != null).count();
        if (subjects != 1) {
            check.record("needs exactly one subject: company, alliance or product");
        }
        check.reference("company", Refs.Kind.COMPANY, r.company(), false);
        check.reference("alliance", Refs.Kind.ALLIANCE, r.alliance(), false);
        check.reference("product", Refs.Kind.PRODUCT, r.product(), false);
        if (Rules.metricCode(r.metric()) != null || !check.refs().isMetric(r.metric())) {
            check.add("metric", "'" + r.metric() + "' is not a documented metric; see the metrics query");
        }
        if (r.value() == null) {
            check.add("value", "is required");
        } else if (r.value().compareTo(BigDecimal.ZERO) < 0) {
            check.add("value", "must not be negative");
        }
        check.check("unit", Rules.unit(r.unit()));
        check.check("qualifier", Rules.oneOf(Qualifier.values(), r.qualifier()));
        check.check("asOf", Rules.partialDate(r.asOf()));
        check.check("note", Rules.optional(r.note(), 1000));
        check.citations(r.citations(), true);
    }

    public List<List<String>> involved(FigureRecord f) {
        return ChangeLog.nodes(Company.TYPE, f.company(), Alliance.TYPE, f.alliance(), Product.TYPE, f.product());
    }

    public NetworkEventKind createdEvent() {
        return NetworkEventKind.FIGURE_REPORTED;
    }

    /** A figure's subject is one input, whatever its kind. */
    public String inputField(String field) {
        return switch (field) {
            case "company", "alliance", "product" -> "subjectId";
            default -> field;
        };
    }
}
