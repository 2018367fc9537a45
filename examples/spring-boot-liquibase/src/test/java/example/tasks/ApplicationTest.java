package example.tasks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the application against a new, empty PostgreSQL database: Spring Boot's Liquibase integration must
 * create the schema from the committed changelogs alone, and the repositories must work on it.
 */
@SpringBootTest
class ApplicationTest {
    private static final FreshPostgresDatabase DATABASE = FreshPostgresDatabase.create();

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.drop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectRepository projects;

    @Autowired
    TaskRepository tasks;

    @Test
    void startupAppliedEveryGeneratedMigration() throws IOException {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
                String.class);
        assertTrue(tables.containsAll(List.of("project", "task")), "tables: " + tables);

        List<String> committed;
        try (Stream<Path> dirs = Files.list(Path.of("zenstack/migrations"))) {
            committed = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
        List<String> applied = jdbc.queryForList(
                "SELECT DISTINCT split_part(filename, '/', 1) FROM databasechangelog WHERE author = 'zenstack' ORDER BY 1",
                String.class);
        assertEquals(committed, applied);
    }

    @Test
    void repositoriesWorkOnTheMigratedSchema() {
        Project project = projects.save(Project.named("Release 1.0"));
        Task later = tasks.save(Task.open(project, "Write the changelog", LocalDate.of(2030, 3, 1)));
        Task first = tasks.save(Task.open(project, "Tag the release", LocalDate.of(2030, 2, 1)));
        tasks.save(Task.open(project, "Fix the build", LocalDate.of(2030, 1, 1)).completed());

        assertEquals(project, projects.findByName("Release 1.0").orElseThrow());
        assertEquals(List.of(first, later), tasks.findByProjectIdAndDoneFalseOrderByDueOn(project.id()));
        assertEquals(
                Boolean.TRUE,
                jdbc.queryForObject("SELECT created_at IS NOT NULL FROM task WHERE id = ?", Boolean.class, first.id()));
    }
}
