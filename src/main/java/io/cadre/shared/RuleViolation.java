package io.cadre.shared;

/** A change that the domain's rules forbid in the current state or the timeline; nothing was recorded. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
