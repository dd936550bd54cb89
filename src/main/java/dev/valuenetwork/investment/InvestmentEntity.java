package dev.valuenetwork.investment;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One company investing in another; the amount stays null when the sources give none. */
@Entity
@Table(name = "investment")
public class InvestmentEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investment_seq")
    @SequenceGenerator(name = "investment_seq", sequenceName = "investment_seq", allocationSize = 50)
    public Long id;

    public String key;
    public Long investorId;
    public Long investeeId;
    public BigDecimal amount;
    public String currency;
    /** DISCLOSED with an amount; UNDISCLOSED when a source says it was not disclosed; else NOT_REPORTED. */
    public String amountStatus = "NOT_REPORTED";
    public String instrument;
    public String roundType;
    public String roundName;
    public BigDecimal roundAmount;
    public String roundCurrency;
    public BigDecimal stakePercent;
    public String stakeQualifier;
    public Boolean isLead;
    public String announcedOn;
    public String closedOn;
    public String purpose;
}
