package dev.valuenetwork.figure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A documented metric code; figures may only use codes listed here. */
@Entity
@Table(name = "metric")
public class MetricEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String description;
}
