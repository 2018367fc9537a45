package example.tasks;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A row of table {@code task} (model Task); {@code created_at} is filled by the database default. */
@Table("task")
public record Task(
        @Id Integer id,
        @Column("project_id") Integer projectId,
        String title,
        boolean done,
        @Column("due_on") LocalDate dueOn) {
    public static Task open(Project project, String title, LocalDate dueOn) {
        return new Task(null, project.id(), title, false, dueOn);
    }

    public Task completed() {
        return new Task(id, projectId, title, true, dueOn);
    }
}
