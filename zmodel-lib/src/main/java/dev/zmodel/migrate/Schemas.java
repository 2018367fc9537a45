package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Introspection the way the workflows need it: the datasource's schemas, everything else quiet. Liquibase's history
 * tables under the names its settings give are bookkeeping like the default names: never read as part of the schema.
 */
final class Schemas {
    private Schemas() {}

    static DatabaseSchema read(Connection connection, ConnectionSettings settings, Listener listener) {
        return Introspectors.introspect(
                connection,
                IntrospectionOptions.defaults()
                        .withSchemas(settings.schemas())
                        .withExclude(historyTables(settings.liquibase()))
                        .withListener(Quiet.of(listener)));
    }

    /**
     * The schema whose objects new changelogs leave unqualified, so that Liquibase's {@code defaultSchemaName}
     * (Spring's {@code spring.liquibase.default-schema}) places them: the database's default schema ({@code public})
     * when it is the datasource's only one; null when the datasource names its schemas ({@code schemas},
     * {@code defaultSchema}, a {@code schema=} in the url), whose model then says where each object goes.
     */
    static String unqualified(ConnectionSettings settings) {
        String standard = Dialect.of(settings.provider()).facts().defaultSchema();
        return settings.schemas().size() == 1 && settings.schemas().get(0).equals(standard) ? standard : null;
    }

    /** The configured history table names, as given and folded to lower case (PostgreSQL folds unquoted names). */
    private static List<String> historyTables(LiquibaseSettings liquibase) {
        List<String> names = new ArrayList<>();
        for (String table : new String[] {liquibase.changeLogTable(), liquibase.lockTable()}) {
            if (table != null) {
                names.add(table);
                names.add(table.toLowerCase(Locale.ROOT));
            }
        }
        return names.stream().distinct().toList();
    }
}
