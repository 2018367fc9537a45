package dev.zmodel.diff;

import dev.zmodel.schema.EnumType;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a value to a PostgreSQL enum ({@code ALTER TYPE … ADD VALUE 'v' [BEFORE 'w']}).
 *
 * @param type   the enum as it is before the value is added
 * @param before the existing value the new one goes before; null to append it
 * @param usages the columns using the enum, needed to undo the change (PostgreSQL cannot drop an enum value,
 *               so the rollback recreates the type)
 */
public record AddEnumValue(EnumType type, String value, String before, List<EnumUsage> usages) implements SchemaChange {
    public AddEnumValue {
        usages = List.copyOf(usages);
    }

    /** The enum after the value was added. */
    public EnumType result() {
        List<String> values = new ArrayList<>(type.values());
        int at = before == null ? values.size() : values.indexOf(before);
        values.add(at, value);
        return new EnumType(type.schema(), type.name(), values, type.comment());
    }

    @Override
    public DataLoss dataLoss() {
        return DataLoss.SAFE;
    }

    @Override
    public String warning() {
        return null;
    }

    @Override
    public String summary() {
        return "Add value " + Names.quote(value) + " to enum " + Names.quote(type.name());
    }

    @Override
    public SchemaChange inverse() {
        return new RecreateEnum(result(), type, usages);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addEnumValue(this);
    }
}
