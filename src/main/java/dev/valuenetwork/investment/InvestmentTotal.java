package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.rate.ExchangeRate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InvestmentTotal")
@Description("The investments of one group: how many, how many of unknown amount, and what the known amounts add up to."
        + " An unknown amount is never counted as zero; a total says how many amounts it could not include.")
public record InvestmentTotal(
        @Description("The group's year of announcement, when grouped by YEAR; null for undated investments.") Integer year,
        @Description("The group's currency, when grouped by CURRENCY; null for unknown amounts.") String currency,
        @NonNull @Description("Investments in the group.") int count,
        @NonNull @Description("Investments in the group whose amount no source gives.") int unknownAmountCount,
        @NonNull @Description("The known amounts added up in their original currencies, one sum per currency.")
        List<@NonNull Money> sums,
        @Description("The known amounts converted to US dollars and added up; null when none could be converted.")
        Decimal totalUsd,
        @NonNull @Description("Known amounts left out of totalUsd because no rate to USD is recorded for their currency.")
        int notConvertedToUsd,
        @Description("The known amounts converted to Korean won and added up; null when none could be converted.")
        Decimal totalKrw,
        @NonNull @Description("Known amounts left out of totalKrw because no rate to KRW is recorded for their currency.")
        int notConvertedToKrw,
        @NonNull @Description("The exchange rates this group's conversions used.") List<@NonNull ExchangeRate> ratesUsed,
        @Ignore Long investorId,
        @Ignore Long investeeId) {
}
