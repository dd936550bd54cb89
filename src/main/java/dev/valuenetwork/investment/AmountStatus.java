package dev.valuenetwork.investment;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an investment's amount is known, kept apart from why it is not.")
public enum AmountStatus {
    @Description("A source gives the amount.")
    DISCLOSED,
    @Description("A source says the amount was not disclosed, as when the parties agreed to keep it private.")
    UNDISCLOSED,
    @Description("No source in this dataset gives or mentions the amount.")
    NOT_REPORTED
}
