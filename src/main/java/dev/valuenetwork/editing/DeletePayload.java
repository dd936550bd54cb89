package dev.valuenetwork.editing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeletePayload")
@Description("What a delete removed.")
public record DeletePayload(@Id @NonNull @Description("The global id of the deleted object.") String deletedId) {
}
