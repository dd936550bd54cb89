package dev.valuenetwork.rate;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How many units of quote one unit of base buys on a date, as a cited source says. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRateEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_seq")
    @SequenceGenerator(name = "exchange_rate_seq", sequenceName = "exchange_rate_seq", allocationSize = 50)
    public Long id;

    public String key;
    public String base;
    public String quote;
    public BigDecimal rate;
    public String rateOn;
    public String note;
}
