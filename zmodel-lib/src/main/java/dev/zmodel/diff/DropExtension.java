package dev.zmodel.diff;

import dev.zmodel.schema.Extension;

/**
 * Drops a PostgreSQL extension, without {@code CASCADE}. The diff never drops extensions (with them go the types
 * and functions columns may use); this only undoes a {@link CreateExtension}.
 */
public record DropExtension(Extension extension) implements SchemaChange {
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
        return "Drop extension " + Names.quote(extension.name());
    }

    @Override
    public SchemaChange inverse() {
        return new CreateExtension(extension);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropExtension(this);
    }
}
