package io.cadre.planning.command;

import io.cadre.platform.security.RecordOwners;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the command bus that an objective belongs to its team (product.md §3.4: a director writes the objectives of
 * the teams in their subtree), from the command side's own registry, so that every command about an objective is
 * judged on the scope of its team.
 */
@Component
class ObjectiveOwners implements RecordOwners {

    private final ObjectiveRegistry registry;

    ObjectiveOwners(ObjectiveRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<UUID> ownerOf(UUID recordId) {
        return registry.find(recordId).map(ObjectiveRegistry.Registered::teamId);
    }
}
