package dev.valuenetwork.timeline;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.source.CitedKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns an event row into an event: its nodes, and a one-line summary in English. */
final class EventSummaries {

    private final Map<Long, Company> companies;
    private final Map<Long, Alliance> alliances;
    private final Map<Long, Person> people;

    EventSummaries(Map<Long, Company> companies, Map<Long, Alliance> alliances, Map<Long, Person> people) {
        this.companies = companies;
        this.alliances = alliances;
        this.people = people;
    }

    Event event(EventRow row) {
        EventKind kind = EventKind.valueOf(row.kind());
        Company company = lookup(companies, row.companyId());
        Company other = lookup(companies, row.otherId());
        Alliance alliance = lookup(alliances, row.allianceId());
        Person person = lookup(people, row.personId());
        List<Node> nodes = new ArrayList<>();
        for (Node node : new Node[] {company, alliance, person, other}) {
            if (node != null) {
                nodes.add(node);
            }
        }
        String d1 = row.d1();
        String d2 = row.d2();
        String d3 = row.d3();
        String summary = switch (kind) {
            case FORMED -> alliance.name() + " formed";
            case PARTNERSHIP_SIGNED -> alliance.name() + ": " + (d1 != null ? d1 : "partnership signed");
            case JOINED -> company.name() + " joined " + alliance.name() + (d1 != null ? " as " + d1 : "");
            case LEFT -> company.name() + " left " + alliance.name();
            case ENDED -> alliance.name() + " ended";
            case INVESTMENT_ANNOUNCED -> company.name() + " invested" + (d1 != null ? " " + number(d1) + " " + d2 : "")
                    + " in " + other.name();
            case STATEMENT_MADE -> (person != null ? person.name() : d3) + " said \"" + shorten(d2 != null ? d2 : d1) + "\""
                    + (row.d4() != null ? " in " + row.d4() : "");
            case FIGURE_REPORTED -> (company != null ? company.name() : alliance.name()) + " " + d1.replace('_', ' ') + ": "
                    + qualifier(row.d4()) + number(d2) + " " + d3;
            case ROLE_STARTED -> person.name() + " became " + d1 + " of " + company.name();
            case ROLE_ENDED -> person.name() + " left the post of " + d1 + " of " + company.name();
            case STATUS_CHANGED -> alliance.name() + ": " + status(d1);
            case ACTIVITY -> (person != null ? person.name() : company.name()) + ": " + d1 + (d2 != null ? " (" + d2 + ")" : "");
        };
        return new Event(PartialDate.parse(row.date()), kind, summary, List.copyOf(nodes), CitedKind.valueOf(row.fact()),
                row.factId());
    }

    /** Map.of maps refuse null keys; a missing id simply names no node. */
    private static <T> T lookup(Map<Long, T> map, Long id) {
        return id == null ? null : map.get(id);
    }

    private static String number(String decimal) {
        return String.format(java.util.Locale.ROOT, "%,f", new BigDecimal(decimal)).replaceAll("\\.?0+$", "");
    }

    private static String status(String status) {
        return switch (status) {
            case "PROMISED" -> "cooperation promised";
            case "PLANNED" -> "planned";
            case "EXPLORING" -> "cooperation explored";
            case "ACTIVE" -> "in force";
            case "ENDED" -> "ended";
            default -> "status unknown";
        };
    }

    private static String qualifier(String qualifier) {
        return switch (qualifier) {
            case "ABOUT" -> "about ";
            case "AT_LEAST" -> "at least ";
            case "AT_MOST" -> "at most ";
            default -> "";
        };
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
