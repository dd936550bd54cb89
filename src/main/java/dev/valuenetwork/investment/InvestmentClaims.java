package dev.valuenetwork.investment;

import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Claims;
import dev.valuenetwork.figure.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two investment claims whose value has two parts: an amount with its currency
 * ("200000000 USD") and a stake with its qualifier ("ABOUT 10", or "10" for an exact one).
 */
final class InvestmentClaims {

    private static final Pattern MONEY = Pattern.compile("(\\d{1,18}(?:\\.\\d{1,2})?) ([A-Z]{3})");
    private static final Pattern STAKE = Pattern.compile("(?:(EXACT|ABOUT|AT_LEAST|AT_MOST) )?(\\d{1,3}(?:\\.\\d{1,4})?)");

    record Money(BigDecimal amount, String currency) {
    }

    record Stake(BigDecimal percent, String qualifier) {
    }

    private InvestmentClaims() {
    }

    static Money amount(InvestmentRecord r, List<ClaimRecord> claims) {
        if (!Claims.claimed(claims, "amount")) {
            return r.amount() == null ? null : new Money(r.amount(), r.currency());
        }
        String winner = Claims.winner(claims, "amount");
        return winner == null ? null : money(winner);
    }

    static Stake stake(InvestmentRecord r, List<ClaimRecord> claims) {
        if (!Claims.claimed(claims, "stakePercent")) {
            return r.stakePercent() == null ? null : new Stake(r.stakePercent(), r.stakeQualifier());
        }
        String winner = Claims.winner(claims, "stakePercent");
        return winner == null ? null : stake(winner);
    }

    /** The amount a claim's value names, or null when it is not of the form "200000000 USD". */
    static Money money(String value) {
        Matcher m = MONEY.matcher(value);
        return m.matches() ? new Money(new BigDecimal(m.group(1)).stripTrailingZeros(), m.group(2)) : null;
    }

    /** The stake a claim's value names, or null when it is not of the form "ABOUT 10" or "10". */
    static Stake stake(String value) {
        Matcher m = STAKE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        BigDecimal percent = new BigDecimal(m.group(2)).stripTrailingZeros();
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        return new Stake(percent, m.group(1) == null ? Qualifier.EXACT.name() : m.group(1));
    }
}
