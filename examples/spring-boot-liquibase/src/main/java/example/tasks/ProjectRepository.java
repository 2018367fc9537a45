package example.tasks;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface ProjectRepository extends ListCrudRepository<Project, Integer> {
    Optional<Project> findByName(String name);
}
