package io.cadre.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation's clock: "today" is the date in {@code cadre.time-zone}. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${cadre.time-zone:UTC}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
