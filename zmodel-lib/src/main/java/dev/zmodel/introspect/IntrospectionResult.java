package dev.zmodel.introspect;

import dev.zmodel.schema.DatabaseSchema;

/**
 * The schema read from a database plus what reading it cost.
 *
 * @param schema         the relational model
 * @param catalogQueries the number of SQL statements executed against the catalog; constant for a dialect and
 *                       server flavour, whatever the number of tables
 * @param elapsedNanos   wall time of the whole read
 */
public record IntrospectionResult(DatabaseSchema schema, int catalogQueries, long elapsedNanos) {}
