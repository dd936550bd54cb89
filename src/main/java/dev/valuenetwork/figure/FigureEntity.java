package dev.valuenetwork.figure;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A number a source reports about exactly one company, alliance or product. */
@Entity
@Table(name = "reported_figure")
public class FigureEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reported_figure_seq")
    @SequenceGenerator(name = "reported_figure_seq", sequenceName = "reported_figure_seq", allocationSize = 50)
    public Long id;

    public String key;
    public Long companyId;
    public Long allianceId;
    public Long productId;
    public String metric;
    public BigDecimal value;
    public String unit;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    public String asOf;
    public String note;
}
