package dev.zmodel.pull.defaults;

import dev.zmodel.lang.ZModelPrinter;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.Table;

import java.util.List;

/** Test helpers: columns with a raw default, and a default printed as ZModel ({@code @default(...)} text or "none"). */
final class Defaults {
    private Defaults() {}

    static Column column(ColumnType type, String defaultValue) {
        return Column.of("c", type, true).withDefault(defaultValue);
    }

    static ColumnType type(String name) {
        return ColumnType.of(name);
    }

    static ColumnType array(String name) {
        return ColumnType.of(name).withArrayDimensions(1);
    }

    static String print(DefaultValue value) {
        if (value instanceof DefaultValue.None) {
            return "none";
        }
        Expr expr;
        if (value instanceof DefaultValue.AutoIncrement) {
            expr = Expr.Invocation.of("autoincrement");
        } else if (value instanceof DefaultValue.Now) {
            expr = Expr.Invocation.of("now");
        } else if (value instanceof DefaultValue.Literal l) {
            expr = l.value();
        } else {
            expr = Expr.Invocation.of(
                    "dbgenerated",
                    Argument.positional(Expr.StringLiteral.of(((DefaultValue.DbGenerated) value).expression())));
        }
        Field f = Field.of(
                "f", FieldType.of("Int", false, false), List.of(Attribute.of("@default", Argument.positional(expr))));
        String printed = ZModelPrinter.print(new DataModel(
                DataModel.Kind.MODEL, "M", List.of(), null, List.of(f), List.of(), Trivia.NONE, Span.NONE));
        String line = printed.lines().skip(1).findFirst().orElseThrow().strip();
        return line.substring(line.indexOf("@default(") + "@default(".length(), line.length() - 1);
    }

    static Table table(Column column, boolean primaryKey) {
        return Table.of(null, "t", List.of(column), primaryKey ? new PrimaryKey(null, List.of(column.name())) : null);
    }

    static Column auto(Column column, AutoIncrement kind) {
        return column.withAutoIncrement(kind);
    }
}
