package dev.valuenetwork.investment;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/** An investment in a dataset document, with the round details a source gives. */
@RegisterForReflection
public record InvestmentRecord(String key, String investor, String investee, BigDecimal amount, String currency,
        String amountStatus, String instrument, String roundType, String roundName, BigDecimal roundAmount,
        String roundCurrency, BigDecimal stakePercent, String stakeQualifier, Boolean lead, List<String> coInvestors,
        String announcedOn, String closedOn, String purpose, List<CitationRecord> citations, List<ClaimRecord> claims) {
    public InvestmentRecord {
        amount = Dataset.number(amount);
        // DISCLOSED and NOT_REPORTED follow from the amount; only UNDISCLOSED says something of its own.
        amountStatus = "DISCLOSED".equals(amountStatus) || "NOT_REPORTED".equals(amountStatus) ? null : amountStatus;
        roundAmount = Dataset.number(roundAmount);
        stakePercent = Dataset.number(stakePercent);
        stakeQualifier = stakePercent != null && stakeQualifier == null ? "EXACT" : stakeQualifier;
        coInvestors = Dataset.list(coInvestors);
        citations = Dataset.list(citations);
        claims = Dataset.list(claims);
    }

    public InvestmentRecord(String key, String investor, String investee, BigDecimal amount, String currency,
            String announcedOn, String purpose, List<CitationRecord> citations) {
        this(key, investor, investee, amount, currency, null, null, null, null, null, null, null, null, null, null,
                announcedOn, null, purpose, citations, null);
    }
}
