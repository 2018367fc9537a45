package dev.zmodel.diff;

import dev.zmodel.schema.EnumType;

import java.util.List;

/**
 * Replaces a PostgreSQL enum whose values were removed or reordered: the old type is renamed, the new one
 * created, every using column converted through {@code text}, and the old type dropped.
 */
public record RecreateEnum(EnumType from, EnumType to, List<EnumUsage> usages) implements SchemaChange {
    public RecreateEnum {
        usages = List.copyOf(usages);
    }

    public List<String> removedValues() {
        return from.values().stream().filter(v -> !to.values().contains(v)).toList();
    }

    @Override
    public DataLoss dataLoss() {
        return removedValues().isEmpty() ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
    }

    @Override
    public String warning() {
        List<String> removed = removedValues();
        if (removed.isEmpty()) {
            return null;
        }
        List<String> names =
                usages.stream().map(u -> Names.column(u.table(), u.column())).toList();
        String columns = names.isEmpty()
                ? "a column"
                : names.size() == 1
                        ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return "Removes " + (removed.size() == 1 ? "value " : "values ") + Names.list(removed) + " from enum "
                + Names.quote(from.name()) + "; fails if " + columns + " still holds "
                + (removed.size() == 1 ? "it." : "them.");
    }

    @Override
    public String summary() {
        return "Recreate enum " + Names.quote(from.name()) + " with values " + Names.list(to.values());
    }

    @Override
    public SchemaChange inverse() {
        return new RecreateEnum(
                to, from, usages.stream().map(EnumUsage::reversed).toList());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.recreateEnum(this);
    }
}
