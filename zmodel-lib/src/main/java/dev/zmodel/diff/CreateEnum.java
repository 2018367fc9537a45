package dev.zmodel.diff;

import dev.zmodel.schema.EnumType;

/** Creates a PostgreSQL enum type ({@code CREATE TYPE … AS ENUM}). */
public record CreateEnum(EnumType type) implements SchemaChange {
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
        return "Create enum " + Names.quote(type.name());
    }

    @Override
    public SchemaChange inverse() {
        return new DropEnum(type);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createEnum(this);
    }
}
