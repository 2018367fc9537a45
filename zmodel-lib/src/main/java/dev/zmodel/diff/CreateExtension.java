package dev.zmodel.diff;

import dev.zmodel.schema.Extension;

/**
 * Creates a PostgreSQL extension the target lists ({@code extensions = [...]} of the datasource), before the
 * enums and tables that may use its types; {@code IF NOT EXISTS}, in the extension's schema when one is stated.
 */
public record CreateExtension(Extension extension) implements SchemaChange {
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
        return "Create extension " + Names.quote(extension.name());
    }

    @Override
    public SchemaChange inverse() {
        return new DropExtension(extension);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createExtension(this);
    }
}
