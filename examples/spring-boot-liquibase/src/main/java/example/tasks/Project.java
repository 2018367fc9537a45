package example.tasks;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of table {@code project} (model Project); {@code created_at} is filled by the database default. */
@Table("project")
public record Project(@Id Integer id, String name) {
    public static Project named(String name) {
        return new Project(null, name);
    }
}
