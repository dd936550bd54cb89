package dev.valuenetwork.alliance;

import dev.valuenetwork.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A company's membership in an alliance over a period. */
@Entity
@Table(name = "membership")
public class MembershipEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    public Long id;

    public String key;
    public Long allianceId;
    public Long companyId;
    public String role;
    public String since;
    public String until;
}
