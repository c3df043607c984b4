package io.cadre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cadre: designs the teams, ladders and talent pipeline of a growing engineering organisation. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CadreApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(CadreApplication.class, args);
    }
}
