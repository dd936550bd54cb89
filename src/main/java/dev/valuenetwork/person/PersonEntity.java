package dev.valuenetwork.person;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.IdentityBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
public class PersonEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    public String nameKo;

    @Enumerated(EnumType.STRING)
    public IdentityBasis identityBasis = IdentityBasis.GENERAL_KNOWLEDGE;
}
