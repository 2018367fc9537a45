package dev.zmodel.dialect;

/**
 * The ZModel side of a column type: a builtin scalar (with the native type attribute when it differs from the
 * provider's default for that scalar), a reference to the column's enum, or {@code Unsupported("…")}.
 */
public sealed interface MappedType {
    /** {@code type} is a ZModel builtin ({@code Int}, {@code String}, …); {@code nativeType} may be null. */
    record Scalar(String type, NativeType nativeType) implements MappedType {
        public static Scalar of(String type) {
            return new Scalar(type, null);
        }

        public static Scalar of(String type, String nativeName, Integer... args) {
            return new Scalar(type, NativeType.of(nativeName, args));
        }
    }

    /** The column's enum (PostgreSQL enum type, MySQL inline ENUM); the generator knows its ZModel name. */
    record EnumRef() implements MappedType {}

    /** {@code Unsupported("nativeType")}. */
    record Unsupported(String nativeType) implements MappedType {}

    static MappedType scalar(String type) {
        return Scalar.of(type);
    }
}
