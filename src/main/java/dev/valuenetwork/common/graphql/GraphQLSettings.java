package dev.valuenetwork.common.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and diagnostics of the GraphQL endpoint ({@code valuenetwork.graphql.*}). */
@ConfigMapping(prefix = "valuenetwork.graphql")
public interface GraphQLSettings {

    /** Deepest field nesting a document may request. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Most objects a document may ask for: page sizes multiplied down the nesting, counting a
     * list's {@code first} or its default.
     */
    @WithDefault("2000000")
    int maxCost();

    /**
     * Threads that execute GraphQL requests over HTTP; by default twice the processors, at least
     * four. Requests beyond them wait in arrival order.
     */
    java.util.Optional<Integer> executionThreads();

    /**
     * Threads of the heavy lane (see {@link #heavyCost()}); by default one per core. More let a
     * heavy execution run while another waits on the database, which pays where "heavy" is the
     * worst case of a small database (the peer benchmark's Q6 on the seed at 32 connections: 2,670
     * req/s on 2 threads, 3,160 on 4) and costs where it is real (Q1 on the scale data: 19.4 req/s
     * on 2, 10.8 on 4, the heap shared by twice as many large responses).
     */
    java.util.Optional<Integer> heavyThreads();

    /**
     * Time a request over HTTP may take from its arrival, waiting included; past it, resolvers
     * stop and the request is answered with {@code TIMEOUT}.
     */
    @WithDefault("10s")
    java.time.Duration requestTimeout();

    /**
     * Cost from which a request runs in the heavy lane: a few threads of its own, so that large
     * documents wait for each other and never for the threads that serve small reads.
     */
    @WithDefault("100000")
    long heavyCost();

    /** Adds {@code extensions.sqlStatements} to every response (diagnostics, tests, benchmarks). */
    @WithDefault("false")
    boolean reportSqlStatements();
}
