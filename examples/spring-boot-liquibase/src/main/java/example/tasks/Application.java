package example.tasks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The task tracker. At start-up Spring Boot's Liquibase integration applies the changelogs of zenstack/migrations. */
@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        // Liquibase must not send usage data (the LIQUIBASE_ANALYTICS_ENABLED environment variable works too).
        if (System.getProperty("liquibase.analytics.enabled") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
        SpringApplication.run(Application.class, args);
    }
}
