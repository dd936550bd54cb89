package dev.valuenetwork.alliance;

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

/** An alliance, partnership or joint venture. */
@Entity
@Table(name = "alliance")
public class AllianceEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alliance_seq")
    @SequenceGenerator(name = "alliance_seq", sequenceName = "alliance_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    public String nameKo;

    @Enumerated(EnumType.STRING)
    public IdentityBasis nameBasis = IdentityBasis.SOURCED;

    @Enumerated(EnumType.STRING)
    public AllianceKind kind;

    @Enumerated(EnumType.STRING)
    public AllianceStatus status;

    public String statusDetail;
    public String purpose;
    public String purposeKo;
    public String formedOn;
    public String endedOn;
    public Long parentId;
}
