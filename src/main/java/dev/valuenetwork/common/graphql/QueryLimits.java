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
 * <p>Depth counts the fields a client asks for data. Introspection ({@code __schema},
 * {@code __type} and everything below them) is measured apart, against a bound of its own: the
 * introspection query of graphql-js 16, which GraphiQL and code generators send, nests its
 * {@code ofType} chains 13 levels deep, and a chain much deeper than any schema's types needs
 * (50 levels, say) could only be an attempt to make the server work.
 *
 * <p>Cost is the number of objects a response could hold: every field that returns objects
 * counts the product of the {@code first} arguments (or their defaults) on the path to it,
 * itself included. Every list of objects in the schema takes {@code first}, so the bound is
 * real, not an estimate.
 */
public final class QueryLimits {

    /** The deepest introspection a document may use; graphql-js 16's own query needs 13. */
    public static final int MAX_INTROSPECTION_DEPTH = 20;

    private QueryLimits() {
    }

    /** Depth of the data fields, depth of the introspection fields, and cost of one operation. */
    public record Measure(int depth, int introspectionDepth, long cost) {
    }

    public static Measure measure(QueryTraverser traverser) {
        Counter counter = new Counter();
        traverser.visitPreOrder(counter);
        return new Measure(counter.depth, counter.introspectionDepth, counter.cost);
    }

    /** Throws when the measure breaks a limit; depth first, since it is the cheaper to fix. */
    public static void enforce(Measure measure, GraphQLSettings settings) {
        if (measure.depth() > settings.maxDepth()) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP,
                    "The document nests " + measure.depth() + " levels deep; the limit is " + settings.maxDepth() + ".",
                    measure.depth(), settings.maxDepth());
        }
        if (measure.introspectionDepth() > MAX_INTROSPECTION_DEPTH) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP,
                    "The document's introspection nests " + measure.introspectionDepth() + " levels deep; the limit is "
                            + MAX_INTROSPECTION_DEPTH + ", more than any type of this schema needs.",
                    measure.introspectionDepth(), MAX_INTROSPECTION_DEPTH);
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
        private int introspectionDepth;
        private long cost;

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField()) {
                return;
            }
            int level = 0;
            boolean introspection = false;
            long multiplier = 1;
            for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
                level++;
                introspection |= e.getField().getName().startsWith("__");
                multiplier = saturatingMultiply(multiplier, pageSize(e));
            }
            if (introspection) {
                introspectionDepth = Math.max(introspectionDepth, level);
            } else {
                depth = Math.max(depth, level);
            }
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
