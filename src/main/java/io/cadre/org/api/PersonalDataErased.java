package io.cadre.org.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A person's name and email were erased on request: the personal-data store no longer holds them, and every feature
 * that keeps a copy of either removes it on this event; the person reads as {@link PersonName#ERASED} from then on.
 */
@Revision("1")
public record PersonalDataErased(UUID personId) implements PersonalDataEvent {
}
