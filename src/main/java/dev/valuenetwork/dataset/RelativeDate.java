package dev.valuenetwork.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The basis of a date a source gives relative to itself: the source it counts from ({@code to},
 * a source key) and either a shift in months ("지난달", last month: -1) or a month of the
 * source's year ("지난 2월", last February: 2, the year before when that month is still to
 * come), optionally with a day ("지난달 28일": months -1, day 28).
 */
@RegisterForReflection
public record RelativeDate(String to, Integer months, Integer month, Integer day) {
}
