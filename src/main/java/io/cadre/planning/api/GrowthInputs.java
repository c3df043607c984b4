package io.cadre.planning.api;

import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a growth model assumes: the org it starts from (the whole organisation or one team down, on a date), how many
 * quarters it looks ahead, either a headcount to reach by the last quarter or a number of hires per quarter, the
 * share of people who leave and who are promoted per year, and the span of control managers are held to.
 */
public record GrowthInputs(UUID rootTeamId, LocalDate fromDate, Integer quarters, Integer targetHeadcount, Integer hiresPerQuarter,
                           BigDecimal attritionPerYear, BigDecimal promotionPerYear, Integer spanOfControl) {

    public static final int MAX_QUARTERS = 40;
    public static final int MAX_HEADCOUNT = 1_000_000;
    public static final int MAX_HIRES_PER_QUARTER = 100_000;
    public static final int MAX_SPAN = 100;

    /** What is wrong with these inputs, each error naming its field under {@code prefix} (empty when they can be run). */
    public List<FieldError> problems(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (quarters == null) {
            errors.add(new FieldError(prefix + "quarters", "must not be null"));
        } else if (quarters < 1 || quarters > MAX_QUARTERS) {
            errors.add(new FieldError(prefix + "quarters", "must be between 1 and " + MAX_QUARTERS));
        }
        if ((targetHeadcount == null) == (hiresPerQuarter == null)) {
            String message = "give exactly one of targetHeadcount and hiresPerQuarter";
            errors.add(new FieldError(prefix + "targetHeadcount", message));
            errors.add(new FieldError(prefix + "hiresPerQuarter", message));
        }
        if (targetHeadcount != null && (targetHeadcount < 0 || targetHeadcount > MAX_HEADCOUNT)) {
            errors.add(new FieldError(prefix + "targetHeadcount", "must be between 0 and " + MAX_HEADCOUNT));
        }
        if (hiresPerQuarter != null && (hiresPerQuarter < 0 || hiresPerQuarter > MAX_HIRES_PER_QUARTER)) {
            errors.add(new FieldError(prefix + "hiresPerQuarter", "must be between 0 and " + MAX_HIRES_PER_QUARTER));
        }
        rate(errors, prefix + "attritionPerYear", attritionPerYear);
        rate(errors, prefix + "promotionPerYear", promotionPerYear);
        if (spanOfControl == null) {
            errors.add(new FieldError(prefix + "spanOfControl", "must not be null"));
        } else if (spanOfControl < 2 || spanOfControl > MAX_SPAN) {
            errors.add(new FieldError(prefix + "spanOfControl", "must be between 2 and " + MAX_SPAN
                    + " (a manager with one report adds a layer without sharing any work)"));
        }
        if (fromDate != null && (fromDate.getYear() < 1900 || fromDate.getYear() > 2999)) {
            errors.add(new FieldError(prefix + "fromDate", "must be a date between 1900-01-01 and 2999-12-31"));
        }
        return errors;
    }

    /** These inputs, or the refusal naming every field that is wrong. */
    public GrowthInputs checked(String prefix) {
        List<FieldError> errors = problems(prefix);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return this;
    }

    private static void rate(List<FieldError> errors, String field, BigDecimal rate) {
        if (rate == null) {
            errors.add(new FieldError(field, "must not be null"));
        } else if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError(field, "must be a share between 0 and 1 (0.15 is 15% a year)"));
        } else if (rate.scale() > 6) {
            errors.add(new FieldError(field, "must have at most 6 decimals"));
        }
    }
}
