package dev.zmodel.diff;

/** Creates a PostgreSQL schema (namespace) that tables or enums of the target live in. */
public record CreateSchema(String name) implements SchemaChange {
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
        return "Create schema " + Names.quote(name);
    }

    @Override
    public SchemaChange inverse() {
        return new DropSchema(name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createSchema(this);
    }
}
