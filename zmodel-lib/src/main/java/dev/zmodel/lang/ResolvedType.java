package dev.zmodel.lang;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.EnumDecl;

/** What a field's type name refers to. {@code declaration} is null for builtins, Unsupported and unknown. */
public record ResolvedType(Kind kind, String name, Declaration declaration) {
    public enum Kind {
        /** {@code String}, {@code Int}, ... */
        BUILTIN,
        ENUM,
        /** A {@code model} or a {@code view}: the field is a relation. */
        MODEL,
        /** A {@code type} declaration: a typed JSON field. */
        TYPE,
        /** {@code Unsupported("...")}. */
        UNSUPPORTED,
        UNKNOWN
    }

    public boolean isRelation() {
        return kind == Kind.MODEL;
    }

    /** Builtins, enums and Unsupported: the types of database columns. */
    public boolean isScalar() {
        return kind == Kind.BUILTIN || kind == Kind.ENUM || kind == Kind.UNSUPPORTED;
    }

    public DataModel model() {
        return declaration instanceof DataModel m ? m : null;
    }

    public EnumDecl enumDecl() {
        return declaration instanceof EnumDecl e ? e : null;
    }
}
