package dev.valuenetwork.timeline;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened in a timeline event.")
public enum EventKind {
    @Description("An alliance or joint venture was formed.")
    FORMED,
    @Description("A partnership was signed, promised or otherwise entered into; the summary says which, as the source does.")
    PARTNERSHIP_SIGNED,
    @Description("A company joined an alliance or partnership.")
    JOINED,
    @Description("A company left an alliance or partnership.")
    LEFT,
    @Description("An alliance ended.")
    ENDED,
    @Description("An investment was announced.")
    INVESTMENT_ANNOUNCED,
    @Description("A statement was made.")
    STATEMENT_MADE,
    @Description("A source reported a figure for the date or period.")
    FIGURE_REPORTED,
    @Description("A person took up a title at a company.")
    ROLE_STARTED,
    @Description("A person left a title at a company.")
    ROLE_ENDED,
    @Description("A tie's status changed: promised, explored, in force, ended; the event's sources are its status claim's.")
    STATUS_CHANGED,
    @Description("A person or company began an activity a source reports, such as a business trip.")
    ACTIVITY
}
