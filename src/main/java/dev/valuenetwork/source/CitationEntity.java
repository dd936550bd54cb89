package dev.valuenetwork.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A citation row: the source, the excerpt and exactly one cited fact column. */
@Entity
@Table(name = "citation")
public class CitationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    public Long id;

    public Long sourceId;
    public String excerpt;
    public Long companyId;
    public Long personId;
    public Long executiveId;
    public Long allianceId;
    public Long membershipId;
    public Long investmentId;
    public Long statementId;
    public Long productId;
    public Long figureId;
    public Long exchangeRateId;
    public Long claimId;
    public Long activityId;

    /** Points this citation at one fact, clearing any other. */
    public void cite(CitedKind kind, long factId) {
        companyId = kind == CitedKind.COMPANY ? factId : null;
        personId = kind == CitedKind.PERSON ? factId : null;
        executiveId = kind == CitedKind.EXECUTIVE ? factId : null;
        allianceId = kind == CitedKind.ALLIANCE ? factId : null;
        membershipId = kind == CitedKind.MEMBERSHIP ? factId : null;
        investmentId = kind == CitedKind.INVESTMENT ? factId : null;
        statementId = kind == CitedKind.STATEMENT ? factId : null;
        productId = kind == CitedKind.PRODUCT ? factId : null;
        figureId = kind == CitedKind.FIGURE ? factId : null;
        exchangeRateId = kind == CitedKind.EXCHANGE_RATE ? factId : null;
        claimId = kind == CitedKind.CLAIM ? factId : null;
        activityId = kind == CitedKind.ACTIVITY ? factId : null;
    }
}
