package vn.liaison;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup default: with no {@code spring.datasource.url}, Liaison runs on an embedded PostgreSQL whose
 * data persists under {@code liaison.database.embedded.data-dir} (default {@code ./data/postgres}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${liaison.database.embedded.data-dir:./data/postgres}") Path dataDir,
            @Value("${liaison.database.embedded.reset:false}") boolean reset,
            @Value("${liaison.database.embedded.port:0}") int port,
            @Value("${liaison.database.embedded.name:liaison}") String name,
            @Value("${liaison.database.embedded.pool-size:20}") int poolSize) {
        EmbeddedPostgres server = EmbeddedDatabase.server(dataDir, reset, port);
        DataSource raw = EmbeddedDatabase.database(server, name);
        HikariConfig cfg = new HikariConfig();
        cfg.setDataSource(raw);
        cfg.setMaximumPoolSize(poolSize);
        cfg.setPoolName("liaison-embedded");
        return EmbeddedDatabase.pool(new HikariDataSource(cfg));
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
