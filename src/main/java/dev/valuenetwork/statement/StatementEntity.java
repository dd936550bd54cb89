package dev.valuenetwork.statement;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A direct quote, with who said it (or a description of an unnamed speaker), when and where. */
@Entity
@Table(name = "statement")
public class StatementEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    public String key;
    public String text;
    public String language;
    public String translation;
    public Long speakerId;
    public String speakerDescription;
    public String speakerTitle;
    public Long companyId;
    public String saidOn;
    public String place;
    public String occasion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics = new String[0];
}
