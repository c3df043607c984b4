package io.cadre.ladder.format;

import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.shared.NotFound;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Reads the shipped templates under {@code ladder-templates/} on the class path, each beside its licence. */
@Component
class ShippedTemplates implements LadderTemplates {

    private static final List<Shipped> SHIPPED = List.of(new Shipped(
            new Template("ft-engineering", "Engineering (Financial Times engineering progression)",
                    "Financial Times engineering-progression framework, MIT licence, Copyright (c) 2019 Financial Times"),
            "ladder-templates/ft-engineering/engineering.yml", "engineering"));

    private record Shipped(Template template, String resource, String code) {
    }

    @Override
    public List<Template> all() {
        return SHIPPED.stream().map(Shipped::template).toList();
    }

    @Override
    public LadderContent content(String key) {
        Shipped shipped = SHIPPED.stream().filter(s -> s.template().key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("No ladder template " + key));
        try (InputStream in = new ClassPathResource(shipped.resource()).getInputStream()) {
            return LadderFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), shipped.code()).content();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped ladder template " + key + " cannot be read", e);
        }
    }
}
