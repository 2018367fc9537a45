package dev.zmodel.pull.naming;

import java.util.Set;

/**
 * Names a model, view or enum must not take: Prisma's reserved model names
 * ({@code psl/parser-database/src/names/reserved_model_names.rs}: {@code PrismaClient} and the JavaScript
 * keywords), plus ZModel's builtin types ({@code String}, {@code DateTime}, …, {@code Unsupported}) and the
 * enums of ZModel's standard library ({@code SortOrder}, {@code ReferentialAction}, …), which a declaration of
 * the same name would shadow. Such names become {@code Renamed<Name>} with {@code @@map}.
 */
public final class ReservedNames {
    private static final Set<String> PRISMA = Set.of(
            "PrismaClient",
            "async",
            "await",
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "debugger",
            "default",
            "delete",
            "do",
            "else",
            "enum",
            "export",
            "extends",
            "false",
            "finally",
            "for",
            "function",
            "if",
            "implements",
            "import",
            "in",
            "instanceof",
            "interface",
            "let",
            "new",
            "null",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "super",
            "switch",
            "this",
            "throw",
            "true",
            "try",
            "using",
            "typeof",
            "var",
            "void",
            "while",
            "with",
            "yield");
    private static final Set<String> ZMODEL = Set.of(
            "String",
            "Boolean",
            "Int",
            "BigInt",
            "Float",
            "Decimal",
            "DateTime",
            "Json",
            "Bytes",
            "Unsupported",
            "ReferentialAction",
            "SortOrder",
            "IndexType",
            "IndexOperatorClass",
            "AttributeTargetField",
            "ExpressionContext");

    private ReservedNames() {}

    public static boolean isReserved(String name) {
        return PRISMA.contains(name) || ZMODEL.contains(name);
    }

    /** Prisma's rename: {@code class} → {@code Renamedclass}. */
    public static String renamed(String name) {
        return "Renamed" + name;
    }
}
