package io.cadre.ladder.api;

import java.util.Arrays;
import java.util.Optional;

/** The proficiency scale of expectations, from least to most; compared to tell a raised expectation. */
public enum Proficiency {
    AWARENESS("Awareness"),
    FOUNDATIONAL("Foundational"),
    WORKING_KNOWLEDGE("Working knowledge"),
    PRACTITIONER("Practitioner"),
    EXPERT("Expert");

    private final String label;

    Proficiency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Proficiency> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equalsIgnoreCase(label == null ? "" : label.strip())).findFirst();
    }
}
