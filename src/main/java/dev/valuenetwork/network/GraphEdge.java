package dev.valuenetwork.network;

import dev.valuenetwork.source.CitedKind;

/** An edge as read from the database: its ends, kind, validity, its tie's status (ties only), and its fact. */
record GraphEdge(NodeRef from, NodeRef to, EdgeKind kind, String since, String until, String status, CitedKind fact,
        long factId) {

    NodeRef other(NodeRef end) {
        return end.equals(from) ? to : from;
    }

    /** Edges are identified by their fact; a parent link by the child, which has one parent. */
    String identity() {
        return kind + ":" + (fact == null ? to.kind() + to.id() : fact + ":" + factId);
    }
}
