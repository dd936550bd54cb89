package dev.valuenetwork.dataset;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.validation.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of one record, reporting each problem in the terms of whoever sent the record: an
 * import's place ("investments[3] (sk-telecom-sgh).investee") or a mutation's input path
 * ("input.investeeId"), so no problem needs re-mapping afterwards.
 */
public final class RecordCheck {

    private final DatasetValidator validator;
    private final RecordSlice<?, ?> slice;
    private final String place;
    private final boolean input;

    RecordCheck(DatasetValidator validator, RecordSlice<?, ?> slice, String place, boolean input) {
        this.validator = validator;
        this.slice = slice;
        this.place = place;
        this.input = input;
    }

    public Refs refs() {
        return validator.refs;
    }

    /** Reports the problem (when not null) at the field. */
    public void check(String field, String problem) {
        if (problem != null) {
            add(field, problem);
        }
    }

    public void add(String field, String message) {
        validator.problems.add(place + "." + name(field), message);
    }

    /** A problem of the record as a whole. */
    public void record(String message) {
        validator.problems.add(place, message);
    }

    /** A reference must name a record of this dataset or a stored row. */
    public void reference(String field, Refs.Kind kind, String key, boolean required) {
        if (key == null) {
            if (required) {
                add(field, "is required");
            }
        } else if (!validator.knows(kind, key)) {
            validator.problems.addUnknownReference(place + "." + name(field), DatasetValidator.unknown(kind, key));
        }
    }

    /** Facts cite at least one source; every citation names a known source. */
    public void citations(List<CitationRecord> citations, boolean required) {
        citations("citations", citations, required);
    }

    void citations(String field, List<CitationRecord> citations, boolean required) {
        if (required && citations.isEmpty()) {
            add(field, "a fact needs at least one citation of its source");
        }
        for (int i = 0; i < citations.size(); i++) {
            CitationRecord c = citations.get(i);
            String here = field + "[" + i + "]";
            reference(here + ".source", Refs.Kind.SOURCE, c.source(), true);
            check(here + ".excerpt", Rules.optional(c.excerpt(), MAX_TEXT));
        }
    }

    /**
     * The record's claims.
     *
     * @param own the record's own value of each claimable field, by name: a field is given either
     *     by the record or by its claims, never both
     */
    public void claims(List<ClaimRecord> claims, Object... own) {
        Map<String, Object> given = new HashMap<>();
        for (int i = 0; i < own.length; i += 2) {
            given.put((String) own[i], own[i + 1]);
        }
        new ClaimValidator(this, slice).check(claims, given);
    }

    public void dates(String sinceField, String since, String untilField, String until) {
        check(sinceField, Rules.partialDate(since));
        check(untilField, Rules.partialDate(until));
        check(untilField, Rules.ordered(since, until));
    }

    public void names(String name, String nameKo) {
        check("name", Rules.required(name, MAX_NAME));
        check("nameKo", Rules.optional(nameKo, MAX_NAME));
    }

    /** A provenance marker, when given, is one of GENERAL_KNOWLEDGE, SOURCED, DATASET_LABEL. */
    public void basis(String field, String basis) {
        if (basis != null) {
            check(field, Rules.oneOf(IdentityBasis.values(), basis));
        }
    }

    /** The field's name where the problem is reported: the record's own, or the mutation input's. */
    private String name(String field) {
        if (!input) {
            return field;
        }
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        String head = field.substring(0, end);
        String rest = field.substring(end);
        String named = switch (head) {
            case "citations" -> "sources";
            case "parent" -> "parentId";
            default -> slice.inputField(head);
        };
        return named + (head.equals("citations") ? rest.replace(".source", ".sourceId") : rest);
    }
}
