package dev.zmodel.dialect;

/**
 * How an index access method is written in ZModel: {@code type} is the {@code IndexType} member for
 * {@code @@index(type: …)} (null for the dialect's default method), or the method cannot be written at all
 * ({@code supported == false}, e.g. MySQL SPATIAL, PostgreSQL {@code bloom}).
 */
public record IndexMethod(String type, boolean supported) {
    public static final IndexMethod DEFAULT = new IndexMethod(null, true);

    public static IndexMethod of(String type) {
        return new IndexMethod(type, true);
    }

    public static IndexMethod unsupported() {
        return new IndexMethod(null, false);
    }

    /** Whether operator classes ({@code ops:}) can be written for this method (GiST, GIN, SP-GiST, BRIN). */
    public boolean takesOperatorClasses() {
        return type != null && !type.equals("Hash");
    }
}
