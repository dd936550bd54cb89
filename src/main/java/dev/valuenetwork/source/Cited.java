package dev.valuenetwork.source;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * Whatever cites sources: every fact and node whose rows have citations. Its two fields,
 * {@code citations} and {@code sources}, are declared once ({@link ProvenanceGraphQLApi}) for all
 * of them.
 */
// The lean fetchers look it up by name: the @Source parameter of the shared citations and
// claims fields (NativeImageConfigIT).
@RegisterForReflection
@Description("A record that cites its sources: its citations give each source with the passage that supports it.")
public interface Cited {

    /** The citation column of this kind of record. */
    @Ignore
    CitedKind citedKind();

    @Ignore
    long dbId();
}
