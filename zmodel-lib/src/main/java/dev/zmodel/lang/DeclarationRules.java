package dev.zmodel.lang;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.ProcedureDecl;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.TypeRef;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names and types: duplicate declarations, fields and enum values; reserved names; {@code with} and
 * {@code extends} targets (and cycles); unknown field types; optional lists; scalar lists outside
 * PostgreSQL; typed-JSON fields needing {@code @json}; types in attribute/function/procedure signatures.
 */
final class DeclarationRules {
    /** Types that may appear in attribute, function and procedure signatures besides declared ones. */
    private static final Set<String> SIGNATURE_TYPES = Set.of(
            "Any",
            "ContextType",
            "FieldReference",
            "TransitiveFieldReference",
            "Object",
            "Null",
            "Void",
            "Undefined",
            "Unsupported");

    private DeclarationRules() {}

    static void check(ValidationContext ctx) {
        duplicates(ctx);
        for (Document doc : ctx.index.documents()) {
            for (Declaration d : doc.declarations()) {
                if (d instanceof DataModel m) {
                    dataModel(ctx, m);
                } else if (d instanceof EnumDecl e) {
                    enumDecl(ctx, e);
                } else if (d instanceof AttributeDecl a) {
                    a.params().forEach(p -> signatureType(ctx, a, p.type()));
                } else if (d instanceof FunctionDecl f) {
                    f.params().forEach(p -> signatureType(ctx, f, p.type()));
                    signatureType(ctx, f, f.returnType());
                } else if (d instanceof ProcedureDecl p) {
                    p.params().forEach(param -> signatureType(ctx, p, param.type()));
                    signatureType(ctx, p, p.returnType());
                }
            }
        }
    }

    private static void duplicates(ValidationContext ctx) {
        Map<String, Declaration> seen = new HashMap<>();
        for (Document doc : ctx.index.documents()) {
            for (Declaration d : doc.declarations()) {
                String namespace = d instanceof DataModel || d instanceof EnumDecl
                        ? "type"
                        : d instanceof AttributeDecl
                                ? "attribute"
                                : d instanceof FunctionDecl
                                        ? "function"
                                        : d instanceof ProcedureDecl ? "procedure" : null;
                if (namespace == null || d.name().isEmpty()) {
                    continue;
                }
                if (namespace.equals("type") && Builtins.isReserved(d.name())) {
                    ctx.error(d, d.span(), "'" + d.name() + "' is a builtin type and cannot be declared");
                    continue;
                }
                Declaration first = seen.putIfAbsent(namespace + ":" + d.name(), d);
                if (first != null) {
                    ctx.error(
                            d,
                            d.span(),
                            "duplicate declaration '" + d.name() + "': already declared at " + ctx.fileOf(first) + ":"
                                    + first.span().start());
                }
            }
        }
    }

    private static void dataModel(ValidationContext ctx, DataModel m) {
        String what = m.kind().keyword() + " '" + m.name() + "'";
        for (String mixin : m.mixins()) {
            Optional<Declaration> target = ctx.index.typeDeclaration(mixin);
            if (target.isEmpty()) {
                ctx.error(m, m.span(), "unknown type '" + mixin + "' in 'with' of " + what);
            } else if (!(target.get() instanceof DataModel t && t.kind() == DataModel.Kind.TYPE)) {
                ctx.error(m, m.span(), "'" + mixin + "' is not a type declaration and cannot be mixed into " + what);
            }
        }
        if (m.superModel() != null) {
            superModel(ctx, m, what);
        }
        cycle(ctx, m);
        Set<String> own = new HashSet<>();
        for (Field f : m.fields()) {
            if (!own.add(f.name())) {
                ctx.error(m, f.span(), "duplicate field '" + f.name() + "' in " + what);
            }
        }
        inheritedClashes(ctx, m, own, what);
        for (Field f : m.fields()) {
            fieldType(ctx, m, f);
        }
    }

    private static void superModel(ValidationContext ctx, DataModel m, String what) {
        if (m.kind() != DataModel.Kind.MODEL) {
            ctx.error(m, m.span(), "a " + m.kind().keyword() + " cannot extend a model");
            return;
        }
        Optional<Declaration> base = ctx.index.typeDeclaration(m.superModel());
        if (base.isEmpty()) {
            ctx.error(m, m.span(), "unknown model '" + m.superModel() + "' in 'extends' of " + what);
        } else if (!(base.get() instanceof DataModel b && b.kind() == DataModel.Kind.MODEL)) {
            ctx.error(m, m.span(), "'" + m.superModel() + "' is not a model and cannot be extended");
        } else if (b.attribute("@@delegate").isEmpty()) {
            ctx.error(m, m.span(), what + " cannot extend '" + b.name() + "': the base model needs @@delegate");
        }
    }

    /** A model that reaches itself through {@code with}/{@code extends}. */
    private static void cycle(ValidationContext ctx, DataModel m) {
        Set<String> visited = new HashSet<>();
        List<String> pending = new java.util.ArrayList<>(m.mixins());
        if (m.superModel() != null) {
            pending.add(m.superModel());
        }
        while (!pending.isEmpty()) {
            String name = pending.remove(0);
            if (name.equals(m.name())) {
                ctx.error(
                        m,
                        m.span(),
                        m.kind().keyword() + " '" + m.name() + "' inherits from itself through 'with'/'extends'");
                return;
            }
            if (visited.add(name) && ctx.index.typeDeclaration(name).orElse(null) instanceof DataModel next) {
                pending.addAll(next.mixins());
                if (next.superModel() != null) {
                    pending.add(next.superModel());
                }
            }
        }
    }

    private static void inheritedClashes(ValidationContext ctx, DataModel m, Set<String> own, String what) {
        Map<String, String> origin = new HashMap<>();
        for (String mixin : m.mixins()) {
            ctx.index
                    .typeDef(mixin)
                    .ifPresent(t -> ctx.index.allFields(t).forEach(f -> origin.putIfAbsent(f.name(), mixin)));
        }
        ctx.index
                .superModel(m)
                .ifPresent(b -> ctx.index.allFields(b).forEach(f -> origin.putIfAbsent(f.name(), b.name())));
        for (Field f : m.fields()) {
            String from = origin.get(f.name());
            if (from != null) {
                ctx.error(m, f.span(), "field '" + f.name() + "' of " + what + " is already defined by '" + from + "'");
            }
        }
    }

    private static void fieldType(ValidationContext ctx, DataModel m, Field f) {
        if (f.type().name().isEmpty()) {
            return; // a syntax error, already reported
        }
        ResolvedType type = ctx.index.resolve(f.type());
        Span at = f.type().span().isKnown() ? f.type().span() : f.span();
        if (type.kind() == ResolvedType.Kind.UNKNOWN) {
            ctx.error(m, at, "unknown type '" + f.type().name() + "'");
            return;
        }
        if (f.type().list() && f.type().optional()) {
            ctx.error(m, at, "field '" + f.name() + "' cannot be an optional list");
        }
        boolean scalarList = f.type().list() && type.isScalar();
        if (scalarList
                && ctx.provider != null
                && !Dialect.of(ctx.provider).facts().scalarLists()) {
            ctx.error(
                    m,
                    at,
                    "field '" + f.name() + "': lists of scalars are only supported by postgresql, not "
                            + ctx.provider.id());
        }
        if (type.kind() == ResolvedType.Kind.TYPE && m.kind() != DataModel.Kind.TYPE && !f.has("@json")) {
            ctx.error(m, f.span(), "field '" + f.name() + "' of custom type '" + type.name() + "' needs @json");
        }
    }

    private static void enumDecl(ValidationContext ctx, EnumDecl e) {
        if (e.values().isEmpty()) {
            ctx.error(e, e.span(), "enum '" + e.name() + "' needs at least one value");
        }
        Set<String> names = new HashSet<>();
        for (EnumValue v : e.values()) {
            if (!names.add(v.name())) {
                ctx.error(e, v.span(), "duplicate value '" + v.name() + "' in enum '" + e.name() + "'");
            }
        }
    }

    private static void signatureType(ValidationContext ctx, Declaration owner, TypeRef type) {
        if (Builtins.isBuiltin(type.name())
                || SIGNATURE_TYPES.contains(type.name())
                || ctx.index.typeDeclaration(type.name()).isPresent()
                || ctx.index.enumDecl(type.name()).isPresent()) {
            return;
        }
        ctx.error(owner, type.span().isKnown() ? type.span() : owner.span(), "unknown type '" + type.name() + "'");
    }
}
