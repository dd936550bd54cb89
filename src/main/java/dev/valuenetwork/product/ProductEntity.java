package dev.valuenetwork.product;

import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An AI model, platform or programme, owned by exactly one company or alliance. */
@Entity
@Table(name = "product")
public class ProductEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    public String nameKo;

    @Enumerated(EnumType.STRING)
    public IdentityBasis nameBasis = IdentityBasis.SOURCED;

    @Enumerated(EnumType.STRING)
    public ProductKind kind;

    @Enumerated(EnumType.STRING)
    public ProductStatus status;

    public String statusDetail;
    public String description;
    public String descriptionKo;
    public Long ownerCompanyId;
    public Long ownerAllianceId;
}
