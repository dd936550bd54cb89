package dev.valuenetwork.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Columns every table has: an optimistic-locking version and who changed the row last, when.
 * Ids are declared by each entity because each table has its own pooled sequence.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    public int version;

    @Column(updatable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    public String updatedBy;

    @PrePersist
    void stampCreation() {
        OffsetDateTime now = OffsetDateTime.now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = OffsetDateTime.now();
    }
}
