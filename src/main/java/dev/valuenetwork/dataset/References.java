package dev.valuenetwork.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What still refers to a row, so a delete can say so instead of failing on a foreign key. */
final class References {

    /** Per kind: a description of each referring column and the SQL that counts its rows. */
    private static final Map<RecordKind, Map<String, String>> REFERRERS = Map.of(
            RecordKind.COMPANY, Map.of(
                    "membership(s)", "SELECT count(*) FROM membership WHERE company_id = :id",
                    "investment(s)", "SELECT count(*) FROM investment WHERE investor_id = :id OR investee_id = :id",
                    "executive role(s)", "SELECT count(*) FROM executive WHERE company_id = :id",
                    "statement(s)", "SELECT count(*) FROM statement WHERE company_id = :id",
                    "product(s)", "SELECT count(*) FROM product WHERE owner_company_id = :id",
                    "reported figure(s)", "SELECT count(*) FROM reported_figure WHERE company_id = :id",
                    "subsidiary(ies)", "SELECT count(*) FROM company WHERE parent_id = :id"),
            RecordKind.PERSON, Map.of(
                    "executive role(s)", "SELECT count(*) FROM executive WHERE person_id = :id",
                    "statement(s)", "SELECT count(*) FROM statement WHERE speaker_id = :id"),
            RecordKind.ALLIANCE, Map.of(
                    "membership(s)", "SELECT count(*) FROM membership WHERE alliance_id = :id",
                    "product(s)", "SELECT count(*) FROM product WHERE owner_alliance_id = :id",
                    "reported figure(s)", "SELECT count(*) FROM reported_figure WHERE alliance_id = :id",
                    "child alliance(s)", "SELECT count(*) FROM alliance WHERE parent_id = :id"),
            RecordKind.PRODUCT, Map.of(
                    "reported figure(s)", "SELECT count(*) FROM reported_figure WHERE product_id = :id"),
            RecordKind.SOURCE, Map.of(
                    "citation(s)", "SELECT count(*) FROM citation WHERE source_id = :id"));

    private References() {
    }

    static List<String> of(RecordKind kind, long id) {
        List<String> found = new ArrayList<>();
        REFERRERS.getOrDefault(kind, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(referrer -> {
            long count = ((Number) Panache.getEntityManager().createNativeQuery(referrer.getValue()).setParameter("id", id)
                    .getSingleResult()).longValue();
            if (count > 0) {
                found.add(count + " " + referrer.getKey());
            }
        });
        return found;
    }
}
