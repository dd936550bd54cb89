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
    public String announcedOn;
    public String purpose;
}
