package dev.zmodel.diff;

import dev.zmodel.schema.EnumType;

/** Drops a PostgreSQL enum type that no column uses any more. */
public record DropEnum(EnumType type) implements SchemaChange {
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
        return "Drop enum " + Names.quote(type.name());
    }

    @Override
    public SchemaChange inverse() {
        return new CreateEnum(type);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropEnum(this);
    }
}
