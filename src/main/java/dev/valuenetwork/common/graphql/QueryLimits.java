package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.LimitExceededException;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.schema.GraphQLTypeUtil;

/**
 * Depth and cost of a document, computed from the document alone before any resolver runs.
 *
 * <p>Cost is the number of objects a response could hold: every field that returns objects
 * counts the product of the {@code first} arguments (or their defaults) on the path to it,
 * itself included. Every list of objects in the schema takes {@code first}, so the bound is
 * real, not an estimate.
 */
public final class QueryLimits {

    private QueryLimits() {
    }

    /** Depth and cost of one operation. */
    public record Measure(int depth, long cost) {
    }

    public static Measure measure(QueryTraverser traverser) {
        Counter counter = new Counter();
        traverser.visitPreOrder(counter);
        return new Measure(counter.depth, counter.cost);
    }

    /** Throws when the measure breaks a limit; depth first, since it is the cheaper to fix. */
    public static void enforce(Measure measure, GraphQLSettings settings) {
        if (measure.depth() > settings.maxDepth()) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP,
                    "The document nests " + measure.depth() + " levels deep; the limit is " + settings.maxDepth() + ".",
                    measure.depth(), settings.maxDepth());
        }
        if (measure.cost() > settings.maxCost()) {
            int cost = (int) Math.min(Integer.MAX_VALUE, measure.cost());
            throw new LimitExceededException(ErrorCode.QUERY_TOO_COSTLY,
                    "The document could return up to " + measure.cost() + " objects; the limit is " + settings.maxCost()
                            + ". Ask for fewer with `first` on the lists, above all on nested ones.",
                    cost, settings.maxCost());
        }
    }

    private static final class Counter extends QueryVisitorStub {
        private int depth;
        private long cost;

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField()) {
                return;
            }
            int level = 0;
            long multiplier = 1;
            for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
                level++;
                multiplier = saturatingMultiply(multiplier, pageSize(e));
            }
            depth = Math.max(depth, level);
            if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()))) {
                cost = saturatingAdd(cost, multiplier);
            }
        }

        private static long pageSize(QueryVisitorFieldEnvironment env) {
            Object first = env.getArguments().get("first");
            return first instanceof Number number ? Math.max(0, number.longValue()) : 1;
        }

        private static long saturatingMultiply(long a, long b) {
            long r = a * b;
            return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
        }

        private static long saturatingAdd(long a, long b) {
            long r = a + b;
            return r < 0 ? Long.MAX_VALUE : r;
        }
    }
}
