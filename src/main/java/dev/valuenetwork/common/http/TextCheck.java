package dev.valuenetwork.common.http;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.StringValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Text the service cannot store or echo back faithfully, refused where it comes in: a NUL
 * character (PostgreSQL text cannot hold one) or half of a UTF-16 surrogate pair (no Unicode
 * character; it would be stored as garbage). Checked in variables and in the document's string
 * literals; the parser already refuses an unpaired surrogate escaped in the document itself.
 */
final class TextCheck {

    private TextCheck() {
    }

    /** What is wrong with the text, or null. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "contains half of a surrogate pair, which is no character";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "contains half of a surrogate pair, which is no character";
            }
        }
        return null;
    }

    /** The first problem in the strings of a variables value (maps, lists, strings), or null. */
    static String inValue(Object value) {
        if (value instanceof String text) {
            return problem(text);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = entry.getKey() instanceof String key ? problem(key) : null;
                found = found != null ? found : inValue(entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                String found = inValue(item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first problem in the document's string literals, or null. */
    static String inDocument(Document document) {
        Deque<Node<?>> pending = new ArrayDeque<>(List.of(document));
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof StringValue string) {
                String found = problem(string.getValue());
                if (found != null) {
                    return found;
                }
            }
            for (Node<?> child : node.getChildren()) {
                pending.push(child);
            }
        }
        return null;
    }
}
