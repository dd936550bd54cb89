package dev.valuenetwork.activity;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What a person or company did over a period, as a source reports it. */
@Entity
@Table(name = "activity")
public class ActivityEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    public Long id;

    public String key;
    public Long personId;
    public Long companyId;
    public String description;
    public String descriptionKo;
    public String startedOn;
    public String endedOn;
    public String place;
}
