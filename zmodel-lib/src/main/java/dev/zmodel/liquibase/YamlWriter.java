package dev.zmodel.liquibase;

import liquibase.changelog.ChangeSet;
import liquibase.serializer.LiquibaseSerializable;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Liquibase's YAML serializer, with two fixes: a rollback of several changes is written as the list the YAML
 * parser reads ({@code rollback: [- sql: …]}) instead of {@code rollback: {rollback: {changes: …}}}, which
 * Liquibase 4.33 cannot parse back; and a changeset's rollback follows its changes.
 */
final class YamlWriter extends YamlChangeLogSerializer {
    private static final List<String> CHANGESET_ORDER = List.of(
            "id",
            "author",
            "comment",
            "logicalFilePath",
            "objectQuotingStrategy",
            "runInTransaction",
            "changes",
            "rollback");

    @Override
    @SuppressWarnings("unchecked")
    protected Object toMap(LiquibaseSerializable object) {
        Object map = super.toMap(object);
        if (object instanceof ChangeSet && map instanceof Map<?, ?> container) {
            Map<String, Object> fields = (Map<String, Object>) container.get("changeSet");
            Object rollback = fields.get("rollback");
            if (rollback instanceof Map<?, ?> r
                    && r.get("rollback") instanceof Map<?, ?> inner
                    && inner.get("changes") instanceof List<?> changes) {
                fields.put("rollback", changes);
            }
        }
        return map;
    }

    @Override
    protected Comparator<String> getComparator(LiquibaseSerializable object) {
        if (object instanceof ChangeSet) {
            return Comparator.comparingInt((String field) -> {
                        int i = CHANGESET_ORDER.indexOf(field);
                        return i < 0 ? CHANGESET_ORDER.size() : i;
                    })
                    .thenComparing(Comparator.naturalOrder());
        }
        return super.getComparator(object);
    }
}
