package io.cadre.planning.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cadre.planning.api.PlannedChange;
import org.springframework.stereotype.Component;

/** A planned change's fields as the JSON text the read model keeps, and back. */
@Component
class PlannedChanges {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(PlannedChange change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A planned change that cannot be written as JSON", e);
        }
    }

    PlannedChange read(String json) {
        try {
            return mapper.readValue(json, PlannedChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept planned change that cannot be read", e);
        }
    }
}
