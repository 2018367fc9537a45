package dev.zmodel.lang;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (a cold JVM runs a record's own through
 * method handles) still behave as a record's own: equal exactly when every component is equal, with the record's
 * own hash formula. A component added later without updating them fails here.
 */
class HandWrittenEqualityTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev.zmodel.lang.ast.DataModel",
                "dev.zmodel.lang.ast.Field",
                "dev.zmodel.lang.ast.EnumDecl",
                "dev.zmodel.lang.ast.EnumValue",
                "dev.zmodel.schema.QualifiedName",
                "dev.zmodel.pull.DbKey",
                "dev.zmodel.pull.generate.EnumKey"
            })
    void equalExactlyWhenEveryComponentIsEqual(String className) throws Exception {
        Class<?> type = Class.forName(className);
        RecordComponent[] components = type.getRecordComponents();
        Object base = build(type, -1, 0);
        Object same = build(type, -1, 0);
        assertEquals(base, same);
        assertEquals(recordHash(base), base.hashCode(), "the record's own hash formula");
        assertEquals(base.hashCode(), same.hashCode());
        for (int i = 0; i < components.length; i++) {
            Object other = build(type, i, 1);
            assertNotEquals(base, other, "differs in " + components[i].getName());
            assertNotEquals(other, base, "differs in " + components[i].getName());
            assertEquals(recordHash(other), other.hashCode(), "the record's own hash formula");
        }
    }

    /** The hash a record's generated {@code hashCode} gives: {@code 31 * h + hash(component)}, from 0. */
    private static int recordHash(Object record) throws Exception {
        int h = 0;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            c.getAccessor().setAccessible(true);
            h = 31 * h + Objects.hashCode(c.getAccessor().invoke(record));
        }
        return h;
    }

    /** Every component's sample 0, but component {@code vary}, which gets sample {@code variant}. */
    private static Object build(Class<?> type, int vary, int variant) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(types[i], i == vary ? variant : 0);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object sample(Class<?> type, int variant) throws Exception {
        if (type == String.class) {
            return new String("s" + variant); // a new instance each time: equality, not identity
        }
        if (type == boolean.class) {
            return variant == 1;
        }
        if (type == int.class) {
            return variant;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[variant];
        }
        if (type == List.class) {
            return variant == 0 ? List.of() : List.of(new String("item"));
        }
        if (type.isRecord()) {
            return build(type, variant == 0 ? -1 : 0, variant);
        }
        if (type.isInterface() && type.isSealed()) {
            return variant == 0 ? null : sample(type.getPermittedSubclasses()[0], 0);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
