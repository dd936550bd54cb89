package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.graphql.engine.CurrentField;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/** What the request selects below the field being resolved, for work that only some selections need. */
public final class Selection {

    private Selection() {
    }

    /** Whether the field being resolved selects this subfield; true when that cannot be told. */
    public static boolean includes(String field) {
        DataFetchingEnvironment env = CurrentField.environment();
        if (env == null) {
            SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
            env = context == null ? null : context.getDataFetchingEnvironment();
        }
        return env == null || env.getSelectionSet().contains(field);
    }
}
