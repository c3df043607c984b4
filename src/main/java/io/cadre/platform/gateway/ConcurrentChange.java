package io.cadre.platform.gateway;

import io.cadre.shared.RuleViolation;

/**
 * Another request recorded a change of the same record at the same moment, twice in a row: nothing of this
 * command was recorded, and sending it again (after reading the record afresh) is safe.
 */
public class ConcurrentChange extends RuleViolation {

    ConcurrentChange(String aggregateId) {
        super("Another change to " + aggregateId + " was recorded at the same moment; nothing was recorded, read it again and retry");
    }
}
