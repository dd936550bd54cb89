package dev.valuenetwork.statement;

import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows a list of statements; all given conditions must hold.")
public record StatementFilter(
        @Description("Only statements by the person with this slug.") String speaker,
        @Description("Only statements made on behalf of the company with this slug.") String company,
        @Description("Only statements tagged with this topic, such as \"alliance\".") String topic,
        @Description("Only statements made within the period from this date on (undated ones are left out).") PartialDate from,
        @Description("Only statements made within the period up to this date (undated ones are left out).") PartialDate to,
        @Description("Only statements whose original text or translation contains this text, ignoring case (one or two"
                + " characters match the start of a word).") String textContains) {
}
