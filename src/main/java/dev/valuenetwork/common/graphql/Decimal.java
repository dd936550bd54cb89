package dev.valuenetwork.common.graphql;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;

/**
 * An exact decimal number sent as a string ("230000000", "1348.5"), as Shopify's Decimal is:
 * JSON numbers become binary floats in JavaScript and lose digits of large amounts.
 */
@CustomScalar("Decimal")
@Description("An exact decimal number, serialised as a string such as \"230000000\" or \"1348.5\", so that no"
        + " digit is lost to floating point.")
@RegisterForReflection
public final class Decimal implements CustomStringScalar {

    private final BigDecimal value;

    public Decimal(String text) {
        try {
            this.value = new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal number");
        }
    }

    private Decimal(BigDecimal value) {
        this.value = value;
    }

    public static Decimal of(BigDecimal value) {
        return value == null ? null : new Decimal(value);
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public String stringValueForSerialization() {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decimal d && d.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return stringValueForSerialization();
    }
}
