package example.tasks;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface TaskRepository extends ListCrudRepository<Task, Integer> {
    /** Uses the index on (project_id, done). */
    List<Task> findByProjectIdAndDoneFalseOrderByDueOn(Integer projectId);
}
