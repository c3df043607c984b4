package io.cadre.platform.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL from Maven artifacts when no external database is configured, keeping its
 * files in {@code cadre.data-dir} so that the organisation survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * Starts the server; {@code cadre.embedded-db.server-config.<setting>} sets any of its settings, named with dashes
     * for PostgreSQL's underscores (for example {@code cadre.embedded-db.server-config.max-wal-size=4GB}).
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${cadre.data-dir}") String dataDir,
                                      @Value("${cadre.embedded-db.durable:true}") boolean durable,
                                      Environment environment) throws IOException {
        Path dir = Path.of(dataDir, "postgres").toAbsolutePath();
        Map<String, String> settings = serverConfig(environment);
        log.info("Starting the embedded PostgreSQL with its data in {}{}", dir, settings.isEmpty() ? "" : " and the settings " + settings);
        return EmbeddedDatabase.start(dir, durable, settings);
    }

    /** The server settings {@code cadre.embedded-db.server-config} gives, by PostgreSQL's names. */
    static Map<String, String> serverConfig(Environment environment) {
        Map<String, String> settings = new TreeMap<>();
        Binder.get(environment).bind("cadre.embedded-db.server-config", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()).forEach((name, value) -> settings.put(name.replace('-', '_'), value));
        return settings;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
        HikariConfig config = new HikariConfig();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("cadre-embedded");
        return new HikariDataSource(config);
    }
}
