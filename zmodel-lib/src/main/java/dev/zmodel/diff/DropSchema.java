package dev.zmodel.diff;

/**
 * Drops an (empty) PostgreSQL schema. The diff never drops schemas; this only undoes a {@link CreateSchema}.
 */
public record DropSchema(String name) implements SchemaChange {
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
        return "Drop schema " + Names.quote(name);
    }

    @Override
    public SchemaChange inverse() {
        return new CreateSchema(name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}
