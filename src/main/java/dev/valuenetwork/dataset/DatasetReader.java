package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads dataset documents. YAML is the format; since JSON is YAML, JSON documents read too.
 * Unknown fields are errors, so a misspelt field never silently drops data.
 */
@ApplicationScoped
public class DatasetReader {

    /** SnakeYAML stops at 3 MB by default; a bulk import of 100k records is tens of megabytes. */
    private static final int MAX_CODE_POINTS = 512 * 1024 * 1024;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Inject
    Slices slices;

    /**
     * Parses one document; {@code name} names it in problem locations. Each top-level list is read
     * as the records of the slice with that list name, straight from the token stream, so a
     * problem keeps its line and column.
     */
    public Dataset read(String name, String text) {
        if (text == null || text.isBlank()) {
            return Dataset.empty();
        }
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken start = parser.nextToken();
            if (start == null || start == JsonToken.VALUE_NULL) {
                return Dataset.empty();
            }
            if (start != JsonToken.START_OBJECT) {
                throw problem(name, parser, "a dataset is a mapping of lists: " + String.join(", ", slices.lists()));
            }
            List<List<?>> lists = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String list = parser.currentName();
                RecordSlice<?, ?> slice = slices.byList(list);
                if (slice == null) {
                    throw problem(name, parser, "unknown field '" + list + "'");
                }
                if (parser.nextToken() == JsonToken.VALUE_NULL) {
                    continue;
                }
                try {
                    List<?> records = YAML.readerFor(YAML.getTypeFactory().constructCollectionType(List.class,
                            slice.recordType())).readValue(parser);
                    lists.add(records);
                } catch (JsonMappingException e) {
                    e.prependPath(this, list);
                    throw e;
                }
            }
            return Dataset.of(lists.toArray(List[]::new));
        } catch (JsonProcessingException e) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(location(name, text, e), describe(e))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InvalidDatasetException problem(String name, JsonParser parser, String message) {
        JsonLocation at = parser.currentTokenLocation();
        return new InvalidDatasetException(List.of(new DatasetProblem(name + ": line " + at.getLineNr() + ", column "
                + at.getColumnNr(), message)));
    }

    private static String location(String name, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String path = "";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // Records are built once all their fields are read, so Jackson's position is the end of
            // the record; the path finds the offending field itself.
            Mark mark = markOf(text, mapping.getPath());
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
            path = " (" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "") + ")";
        }
        return (line < 0 ? name : name + ": line " + line + ", column " + column) + path;
    }

    /** Where the node at the path starts (for a field, its key), or null when it cannot be found. */
    private static Mark markOf(String text, List<JsonMappingException.Reference> path) {
        try {
            Node node = new Yaml(loaderOptions()).compose(new StringReader(text));
            Mark mark = null;
            for (JsonMappingException.Reference ref : path) {
                if (ref.getFieldName() != null && node instanceof MappingNode mapping) {
                    NodeTuple field = mapping.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals(ref.getFieldName())).findFirst().orElse(null);
                    if (field == null) {
                        return mark;
                    }
                    mark = field.getKeyNode().getStartMark();
                    node = field.getValueNode();
                } else if (ref.getIndex() >= 0 && node instanceof SequenceNode list && ref.getIndex() < list.getValue().size()) {
                    node = list.getValue().get(ref.getIndex());
                    mark = node.getStartMark();
                } else {
                    return mark;
                }
            }
            return mark;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /** A message in the document's terms: Jackson's own messages name Java classes. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' has the wrong type here";
        }
        if (e instanceof MismatchedInputException) {
            return "the value has the wrong shape here (a list, a mapping or a single value is expected)";
        }
        String message = e.getOriginalMessage();
        return "not valid YAML: " + (message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error"));
    }
}
