package dev.valuenetwork.person;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person's title at a company over a period. */
@Entity
@Table(name = "executive")
public class ExecutiveEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "executive_seq")
    @SequenceGenerator(name = "executive_seq", sequenceName = "executive_seq", allocationSize = 50)
    public Long id;

    public String key;
    public Long personId;
    public Long companyId;
    public String title;
    public String titleKo;
    public String since;
    public String until;
}
