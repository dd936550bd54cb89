package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.graphql.engine.CurrentField;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import java.util.Map;

/**
 * What the request selects right below the field being resolved, for work that only some
 * selections need (a count, a joined row). Read off the document itself: graphql-java's own
 * selection set normalises the whole operation, which cost a tenth of a nested request's
 * allocations when asked once per parent. Directives are not evaluated, so a field under
 * {@code @skip} counts as selected: the answer may say yes when no would do, never the reverse.
 */
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
        if (env == null) {
            return true;
        }
        for (Field merged : env.getMergedField().getFields()) {
            if (selects(merged.getSelectionSet(), field, env.getFragmentsByName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean selects(SelectionSet selections, String field, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return false;
        }
        for (graphql.language.Selection<?> selection : selections.getSelections()) {
            boolean found;
            if (selection instanceof Field child) {
                found = child.getName().equals(field);
            } else if (selection instanceof InlineFragment inline) {
                found = selects(inline.getSelectionSet(), field, fragments);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                found = fragment == null || selects(fragment.getSelectionSet(), field, fragments);
            } else {
                found = true;
            }
            if (found) {
                return true;
            }
        }
        return false;
    }
}
