package io.cadre.pipeline.command;

import io.cadre.platform.security.RecordOwners;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the command bus that a position belongs to its team, and a candidate to the team of the position they are
 * for (product.md §7.5: a director hires into their subtree), from the command side's own registry, so that every
 * command about a position or a candidate is judged on the scope of that team.
 */
@Component
class HiringOwners implements RecordOwners {

    private final PositionRegistry registry;

    HiringOwners(PositionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<UUID> ownerOf(UUID recordId) {
        return registry.teamOf(recordId);
    }
}
