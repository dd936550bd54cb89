package dev.valuenetwork.investment;

import org.eclipse.microprofile.graphql.Description;

@Description("What the investor received for its money.")
public enum InvestmentInstrument {
    @Description("Common shares.")
    COMMON_EQUITY,
    @Description("Preferred shares.")
    PREFERRED_EQUITY,
    @Description("Preferred shares that convert into common shares (convertible preferred stock, 전환우선주).")
    CONVERTIBLE_PREFERRED_EQUITY,
    @Description("A loan that converts into shares.")
    CONVERTIBLE_NOTE,
    @Description("A simple agreement for future equity.")
    SAFE,
    @Description("A loan.")
    DEBT,
    @Description("Something else; the note or claims say what.")
    OTHER
}
