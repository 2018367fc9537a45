package dev.zmodel.pull.generate;

import dev.zmodel.dialect.NativeType;
import dev.zmodel.schema.Column;

/**
 * What a column becomes, before names are known: a builtin scalar ({@code scalar} + optional native type), an
 * enum ({@code enumKey}), or {@code Unsupported("unsupported")} — also used for generated columns, whose text is
 * {@code <type> GENERATED ALWAYS AS (<expr>) STORED|VIRTUAL}.
 */
record ColumnPlan(
        Column column,
        Shape shape,
        String scalar,
        NativeType nativeType,
        String unsupported,
        EnumKey enumKey,
        boolean list,
        boolean generated) {
    enum Shape {
        SCALAR,
        ENUM,
        UNSUPPORTED
    }

    boolean isUnsupported() {
        return shape == Shape.UNSUPPORTED;
    }
}
