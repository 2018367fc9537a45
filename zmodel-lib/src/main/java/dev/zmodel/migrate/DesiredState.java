package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.diff.RenameHint;
import dev.zmodel.schema.DatabaseSchema;

import java.util.List;

/**
 * Where the desired schema comes from: usually the ZModel schema converted for the provider (package
 * {@code dev.zmodel.model}), in tests and for embedders any {@link DatabaseSchema}. It also translates the user's
 * rename hints: a ZModel-based state reads {@code Model.field=Model.newField}, a plain schema reads database names.
 */
public interface DesiredState {
    /** The desired relational model for the provider. */
    DatabaseSchema schema(Provider provider, Listener listener);

    /** The rename hints as the diff needs them (database names); the default parses database-name hints. */
    default List<RenameHint> renames(List<String> hints) {
        return hints.stream().map(RenameHint::parse).toList();
    }

    /** Names the source in messages ("schema zenstack/schema.zmodel"). */
    default String description() {
        return "the desired schema";
    }

    /** A fixed schema. */
    static DesiredState of(DatabaseSchema schema) {
        return of(schema, "the desired schema");
    }

    static DesiredState of(DatabaseSchema schema, String description) {
        return new DesiredState() {
            @Override
            public DatabaseSchema schema(Provider provider, Listener listener) {
                if (schema.provider() != provider) {
                    throw new dev.zmodel.ZModelException(description + " is a " + schema.provider()
                            + " schema, but the " + "database is " + provider + ".");
                }
                return schema;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
