package dev.valuenetwork.figure;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.CitationInput;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.EditSupport;
import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Recording, changing and deleting reported figures. */
@GraphQLApi
public class FigureMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    FigureQueries figures;

    @Input("CreateFigureInput")
    @Description("A number a source reports about a company, an alliance or a product.")
    public record CreateFigure(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("What it is about: a company, alliance or product.") String subjectId,
            @NonNull @Description("A documented metric code (see the metrics query).") String metric,
            @NonNull @Description("The number, not negative.") Decimal value,
            @NonNull @Description("An ISO 4217 code or a unit word: person, subscriber, language, company, percent.") String unit,
            @NonNull @Description("How the source qualifies it.") Qualifier qualifier,
            @Description("The date or period it is about.") PartialDate asOf,
            @Description("What a reader should know to read it right.") String note,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateFigureInput")
    @Description("Changes to a reported figure.")
    public record UpdateFigure(
            @Id @NonNull @Description("The figure.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New value.") Decimal value,
            @Description("New unit.") String unit,
            @Description("New qualifier.") Qualifier qualifier,
            @Description("New date.") PartialDate asOf,
            @Description("New note.") String note,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: asOf, note.") List<@NonNull String> clear) {
    }

    @Mutation("createFigure")
    @Transactional
    @Description("Records a figure a source reports (role editor).")
    public ReportedFigure createFigure(@NonNull @Description("The figure.") CreateFigure input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "figure");
        String subject = key(input.subjectId(), "input.subjectId", "Company", "Alliance", "Product");
        String type = GlobalId.decode(input.subjectId(), "input.subjectId").type();
        store.create(new FigureRecord(key, type.equals("Company") ? subject : null,
                type.equals("Alliance") ? subject : null, type.equals("Product") ? subject : null, input.metric(),
                input.value().value(), input.unit(), name(input.qualifier()), date(input.asOf()), input.note(), cited.citations()),
                cited.newSources(), actor);
        return figures.findFigureByKey(key).orElseThrow();
    }

    @Mutation("updateFigure")
    @Transactional
    @Description("Changes a reported figure (role editor).")
    public ReportedFigure updateFigure(@NonNull @Description("The changes.") UpdateFigure input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "ReportedFigure");
        Set<String> clear = clear(input.clear(), Set.of("asOf", "note"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(FigureRecord.class, key, input.version(), b -> new FigureRecord(b.key(), b.company(), b.alliance(),
                b.product(), b.metric(), input.value() == null ? b.value() : input.value().value(), pick(input.unit(), b.unit(), clear, "unit"),
                pick(name(input.qualifier()), b.qualifier(), clear, "qualifier"), pick(date(input.asOf()), b.asOf(), clear, "asOf"),
                pick(input.note(), b.note(), clear, "note"), EditSupport.citations(input.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return figures.findFigureByKey(key).orElseThrow();
    }

    @Mutation("deleteFigure")
    @Transactional
    @Description("Deletes a reported figure (role admin).")
    public DeletePayload deleteFigure(@Id @NonNull @Description("The figure.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(FigureRecord.class, key(id, "id", "ReportedFigure"), version, actor);
        return new DeletePayload(id);
    }
}
