package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;

/** Introspection the way the workflows need it: the datasource's schemas, everything else quiet. */
final class Schemas {
    private Schemas() {}

    static DatabaseSchema read(Connection connection, ConnectionSettings settings, Listener listener) {
        return Introspectors.introspect(
                connection,
                IntrospectionOptions.defaults().withSchemas(settings.schemas()).withListener(Quiet.of(listener)));
    }
}
