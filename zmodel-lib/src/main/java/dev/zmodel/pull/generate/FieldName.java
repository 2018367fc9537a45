package dev.zmodel.pull.generate;

/**
 * The ZModel name of a column's field, or of an enum value: {@code name} is null when it is commented out
 * (prisma preset, no valid identifier character).
 */
record FieldName(String dbName, String name) {
    boolean commentedOut() {
        return name == null;
    }

    boolean mapped() {
        return name != null && !name.equals(dbName);
    }
}
