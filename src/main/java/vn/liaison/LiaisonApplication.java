package vn.liaison;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Liaison: coordination between police, information-and-communications authorities and telecom operators. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class LiaisonApplication {

    /** Deadlines and dates are reckoned in Vietnam's time zone, whatever the server's zone is. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        SpringApplication.run(LiaisonApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
