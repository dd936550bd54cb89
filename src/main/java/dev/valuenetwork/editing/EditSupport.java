package dev.valuenetwork.editing;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.source.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Turning mutation inputs into dataset records: ids to keys, citations, generated keys, patches. */
public final class EditSupport {

    private EditSupport() {
    }

    /** The key named by a global id of one of the expected types. */
    public static String key(String id, String argument, String... types) {
        if (id == null) {
            return null;
        }
        GlobalId.Parts parts = GlobalId.decode(id, argument);
        if (!Set.of(types).contains(parts.type())) {
            throw ApiException.invalidArgument(argument, "'" + argument + "' must be the id of a " + String.join(" or ", types)
                    + ", not of a " + parts.type() + ".");
        }
        return parts.key();
    }

    /** A fresh key for a fact when the client gives none: the prefix and random letters. */
    public static String newKey(String given, String prefix) {
        if (given != null) {
            return given;
        }
        // No random held in a static field: a native image initialises this class at build time and
        // would freeze the seed into the binary (StaticStateTest). Keys need to be unique, not secret.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder key = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 10; i++) {
            key.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        }
        return key.toString();
    }

    public static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    /** The new value, or the current one when the input leaves the field out, or null when it clears it. */
    public static <T> T pick(T value, T current, Set<String> clear, String field) {
        if (clear.contains(field)) {
            return null;
        }
        return value != null ? value : current;
    }

    /** Clearable field names, checked against what the type allows. */
    public static Set<String> clear(List<String> requested, Set<String> allowed) {
        if (requested == null) {
            return Set.of();
        }
        for (String field : requested) {
            if (!allowed.contains(field)) {
                throw ApiException.invalidArgument("input.clear", "'" + field + "' cannot be cleared; clearable fields are "
                        + allowed.stream().sorted().toList() + ".");
            }
        }
        return Set.copyOf(requested);
    }

    /** The citations after an update: the new ones when given, none when cleared, else the current ones. */
    public static List<CitationRecord> citations(List<CitationInput> given, Cited cited, Set<String> clear,
            List<CitationRecord> current) {
        if (clear.contains("sources")) {
            return List.of();
        }
        return given != null ? cited.citations() : current;
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Citations as dataset records, and the inline sources to create first. */
    public record Cited(List<CitationRecord> citations, List<SourceRecord> newSources) {
    }

    public static Cited citations(List<CitationInput> inputs) {
        List<CitationRecord> citations = new ArrayList<>();
        List<SourceRecord> newSources = new ArrayList<>();
        if (inputs == null) {
            return new Cited(citations, newSources);
        }
        for (int i = 0; i < inputs.size(); i++) {
            CitationInput input = inputs.get(i);
            String argument = "input.sources[" + i + "]";
            if ((input.sourceId() == null) == (input.source() == null)) {
                throw ApiException.invalidArgument(argument, argument + " needs exactly one of sourceId and source.");
            }
            String sourceKey;
            if (input.source() != null) {
                SourceInput s = input.source();
                sourceKey = s.key() != null ? s.key() : newKey(null, "source");
                newSources.add(new SourceRecord(sourceKey, s.title(), s.titleEn(), s.publisher(), s.author(), s.url(),
                        date(s.publishedOn()), s.language(), s.note()));
            } else {
                sourceKey = key(input.sourceId(), argument + ".sourceId", "Source");
            }
            citations.add(new CitationRecord(sourceKey, input.excerpt()));
        }
        return new Cited(citations, newSources);
    }
}
