package dev.valuenetwork.company;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "company")
public class CompanyEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    public String nameKo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] aliases = new String[0];

    @Enumerated(EnumType.STRING)
    public CompanyKind kind;

    public String country;
    public String description;
    public String descriptionKo;

    @Enumerated(EnumType.STRING)
    public IdentityBasis descriptionBasis;
    public Long parentId;

    @Enumerated(EnumType.STRING)
    public IdentityBasis identityBasis = IdentityBasis.GENERAL_KNOWLEDGE;
}
