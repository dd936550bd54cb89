package dev.valuenetwork.network;

import dev.valuenetwork.alliance.AllianceStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which ties a walk follows: the kinds of edges, and the statuses a membership's or
 * partnership's tie must have on the walk's date. Ties in force (ACTIVE) by default: an explored
 * or promised tie is not an edge of the network until a filter asks for it.
 */
record TieFilter(Set<EdgeKind> kinds, Set<AllianceStatus> statuses) {

    static final Set<AllianceStatus> IN_FORCE = EnumSet.of(AllianceStatus.ACTIVE);

    static TieFilter of(List<EdgeKind> kinds, List<AllianceStatus> statuses) {
        return new TieFilter(kinds == null || kinds.isEmpty() ? EnumSet.allOf(EdgeKind.class) : EnumSet.copyOf(kinds),
                statuses == null || statuses.isEmpty() ? IN_FORCE : EnumSet.copyOf(statuses));
    }

    boolean includes(EdgeKind kind) {
        return kinds.contains(kind);
    }

    String[] statusNames() {
        return statuses.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
