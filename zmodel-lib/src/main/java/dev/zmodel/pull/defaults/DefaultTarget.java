package dev.zmodel.pull.defaults;

import java.util.Map;
import java.util.Optional;

/**
 * What the column became in ZModel, which decides how its default is read.
 *
 * @param scalar      the builtin type ({@code Int}, {@code String}, …); null for enum and Unsupported fields
 * @param list        a list field ({@code T[]})
 * @param unsupported an {@code Unsupported("…")} field
 * @param enumValues  for enum fields: database value → ZModel value name (null value: the member was commented
 *                    out); null for other fields
 */
public record DefaultTarget(String scalar, boolean list, boolean unsupported, Map<String, String> enumValues) {
    public static DefaultTarget scalar(String type, boolean list) {
        return new DefaultTarget(type, list, false, null);
    }

    public static DefaultTarget unsupportedType() {
        return new DefaultTarget(null, false, true, null);
    }

    public static DefaultTarget enumType(Map<String, String> values, boolean list) {
        return new DefaultTarget(null, list, false, values);
    }

    public boolean isEnum() {
        return enumValues != null;
    }

    /** The ZModel name of an enum member; empty if the value is not a member; empty string never. */
    public Optional<String> enumMember(String dbValue) {
        return enumValues == null ? Optional.empty() : Optional.ofNullable(enumValues.get(dbValue));
    }

    public boolean is(String type) {
        return type.equals(scalar);
    }
}
