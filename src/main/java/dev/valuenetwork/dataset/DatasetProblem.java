package dev.valuenetwork.dataset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DatasetProblem")
@Description("Something wrong with a dataset document, and where.")
public record DatasetProblem(
        @NonNull @Description("Where: the file and line when known, and the record path, such as"
                + " \"companies[3] (sk-telecom).country\".") String location,
        @NonNull @Description("What is wrong.") String message,
        /* it names a record that exists neither in the document nor in the database: a mutation answers NOT_FOUND */
        @Ignore boolean unknownReference) {

    public DatasetProblem(String location, String message) {
        this(location, message, false);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
