package dev.valuenetwork.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source a record cites, by key, with the passage that supports it. */
@RegisterForReflection
public record CitationRecord(String source, String excerpt) {
}
