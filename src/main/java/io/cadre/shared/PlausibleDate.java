package io.cadre.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date an organisation could really have: from the year 1900 to the year 2999. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Check.class)
public @interface PlausibleDate {

    String message() default "must be a date between 1900-01-01 and 2999-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (required-ness is another constraint) and dates in the plausible range. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
        private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
        }
    }
}
