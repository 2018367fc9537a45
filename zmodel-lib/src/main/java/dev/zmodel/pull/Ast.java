package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reading and comparing the AST pieces the merge works with: database names ({@code @@map}, {@code @map},
 * {@code @@schema}), {@code @relation} arguments, field lists of {@code @@id}/{@code @@unique}/{@code @@index},
 * and equality that ignores source positions and quote style.
 */
final class Ast {
    private Ast() {
    }

    static String stringArg(Attribute attribute, String name) {
        return attribute.arg(name, 0).flatMap(Expr::asString).orElse(null);
    }

    /** {@code @@map} value or the name. */
    static String dbName(DataModel model) {
        return model.attribute("@@map").map(a -> stringArg(a, "name")).orElse(model.name());
    }

    static String dbName(EnumDecl e) {
        return e.attribute("@@map").map(a -> stringArg(a, "name")).orElse(e.name());
    }

    static String schema(DataModel model) {
        return model.attribute("@@schema").map(a -> stringArg(a, "name")).orElse(null);
    }

    static String schema(EnumDecl e) {
        return e.attribute("@@schema").map(a -> stringArg(a, "name")).orElse(null);
    }

    /** The column of a scalar field: {@code @map} value or the name. */
    static String column(Field field) {
        return field.attribute("@map").map(a -> stringArg(a, "name")).orElse(field.name());
    }

    static String dbName(EnumValue value) {
        return value.attribute("@map").map(a -> stringArg(a, "name")).orElse(value.name());
    }

    static boolean isComputed(Field field) {
        return field.has("@computed");
    }

    /** The relation name of a relation field: {@code @relation("x")} or {@code @relation(name: "x")}. */
    static String relationName(Field field) {
        return field.attribute("@relation").map(a -> stringArg(a, "name")).orElse(null);
    }

    /** The {@code fields:} of a relation field; empty for the side without them. */
    static List<String> relationFields(Field field) {
        return field.attribute("@relation").flatMap(a -> a.named("fields")).map(Ast::names).orElse(List.of());
    }

    static List<String> relationReferences(Field field) {
        return field.attribute("@relation").flatMap(a -> a.named("references")).map(Ast::names).orElse(List.of());
    }

    /** The foreign key constraint name given by {@code @relation(map:)}. */
    static String relationMap(Field field) {
        return field.attribute("@relation").flatMap(a -> a.named("map")).flatMap(Expr::asString).orElse(null);
    }

    /** Field names of a list like {@code [a, b(sort: Desc)]}. */
    static List<String> names(Expr list) {
        List<String> out = new ArrayList<>();
        if (list instanceof Expr.Array a) {
            for (Expr item : a.items()) {
                String name = itemName(item);
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String itemName(Expr item) {
        if (item instanceof Expr.Reference r) {
            return r.name();
        }
        if (item instanceof Expr.Invocation i) {
            return i.name();
        }
        return null;
    }

    /** The field list of {@code @@id}, {@code @@unique}, {@code @@index}, {@code @@fulltext}. */
    static Optional<Expr> fieldList(Attribute attribute) {
        return attribute.arg("fields", 0);
    }

    /** Renames the references of a field list ({@code [a, b(sort: Desc)]}) through {@code rename}. */
    static Expr renameItems(Expr list, UnaryOperator<String> rename) {
        if (!(list instanceof Expr.Array a)) {
            return list;
        }
        List<Expr> items = new ArrayList<>();
        for (Expr item : a.items()) {
            if (item instanceof Expr.Reference r) {
                items.add(new Expr.Reference(rename.apply(r.name()), r.span()));
            } else if (item instanceof Expr.Invocation i) {
                items.add(new Expr.Invocation(rename.apply(i.name()), i.args(), i.span()));
            } else {
                items.add(item);
            }
        }
        return new Expr.Array(items, a.span());
    }

    /** The attribute with argument {@code name} (or positional {@code index}) replaced by {@code value}. */
    static Attribute withArg(Attribute attribute, String name, int index, Expr value) {
        List<Argument> args = new ArrayList<>(attribute.args());
        int positional = -1;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            if (name.equals(a.name())) {
                args.set(i, new Argument(a.name(), value, a.span()));
                return new Attribute(attribute.name(), args, true, attribute.span());
            }
            if (a.isPositional() && ++positional == index) {
                args.set(i, new Argument(null, value, a.span()));
                return new Attribute(attribute.name(), args, true, attribute.span());
            }
        }
        args.add(Argument.named(name, value));
        return new Attribute(attribute.name(), args, true, attribute.span());
    }

    /** The attribute without argument {@code name} (given by name or at positional {@code index}). */
    static Attribute withoutArg(Attribute attribute, String name, int index) {
        List<Argument> args = new ArrayList<>();
        int positional = -1;
        for (Argument a : attribute.args()) {
            boolean match = name.equals(a.name()) || a.isPositional() && ++positional == index;
            if (!match) {
                args.add(a);
            }
        }
        return new Attribute(attribute.name(), args, !args.isEmpty(), attribute.span());
    }

    /**
     * Whether two attributes say the same thing: same name, same positional arguments in order, same named
     * arguments in any order, expressions compared without positions and quote style. {@code @relation("x")}
     * equals {@code @relation(name: "x")}.
     */
    static boolean same(Attribute a, Attribute b) {
        return a.name().equals(b.name()) && Normalized.of(a).equals(Normalized.of(b));
    }

    private record Normalized(List<Expr> positional, Map<String, Expr> named) {
        static Normalized of(Attribute attribute) {
            List<Expr> positional = new ArrayList<>();
            Map<String, Expr> named = new HashMap<>();
            for (Argument a : attribute.args()) {
                if (a.isPositional()) {
                    positional.add(strip(a.value()));
                } else {
                    named.put(a.name(), strip(a.value()));
                }
            }
            if (attribute.name().equals("@relation") && positional.isEmpty() && named.containsKey("name")) {
                positional.add(named.remove("name"));
            }
            return new Normalized(positional, named);
        }
    }

    /** The expression without source positions and raw literal text, for comparisons. */
    static Expr strip(Expr e) {
        if (e == null) {
            return null;
        }
        Span n = Span.NONE;
        if (e instanceof Expr.StringLiteral s) {
            return new Expr.StringLiteral(s.value(), null, n);
        } else if (e instanceof Expr.NumberLiteral x) {
            return new Expr.NumberLiteral(x.text(), n);
        } else if (e instanceof Expr.BooleanLiteral x) {
            return new Expr.BooleanLiteral(x.value(), n);
        } else if (e instanceof Expr.NullLiteral) {
            return new Expr.NullLiteral(n);
        } else if (e instanceof Expr.This) {
            return new Expr.This(n);
        } else if (e instanceof Expr.Reference r) {
            return new Expr.Reference(r.name(), n);
        } else if (e instanceof Expr.MemberAccess m) {
            return new Expr.MemberAccess(strip(m.operand()), m.member(), n);
        } else if (e instanceof Expr.Invocation i) {
            return new Expr.Invocation(i.name(), i.args().stream()
                    .map(a -> new Argument(a.name(), strip(a.value()), n)).toList(), n);
        } else if (e instanceof Expr.Array a) {
            return new Expr.Array(a.items().stream().map(Ast::strip).toList(), n);
        } else if (e instanceof Expr.ObjectLiteral o) {
            return new Expr.ObjectLiteral(o.fields().stream()
                    .map(f -> new Expr.ObjectField(f.name(), strip(f.value()), n)).toList(), n);
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.operator(), strip(u.operand()), n);
        } else if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.operator(), strip(b.left()), strip(b.right()), n);
        } else if (e instanceof Expr.CollectionPredicate p) {
            return new Expr.CollectionPredicate(strip(p.collection()), p.operator(), p.binding(), strip(p.condition()), n);
        } else if (e instanceof Expr.Paren p) {
            return new Expr.Paren(strip(p.inner()), n);
        }
        return e;
    }

    /** Names referenced as bare identifiers anywhere in the expression (not member names after a dot). */
    static void references(Expr e, List<String> into) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Reference r) {
            into.add(r.name());
        } else if (e instanceof Expr.MemberAccess m) {
            references(m.operand(), into);
        } else if (e instanceof Expr.Invocation i) {
            i.args().forEach(a -> references(a.value(), into));
        } else if (e instanceof Expr.Array a) {
            a.items().forEach(x -> references(x, into));
        } else if (e instanceof Expr.ObjectLiteral o) {
            o.fields().forEach(f -> references(f.value(), into));
        } else if (e instanceof Expr.Unary u) {
            references(u.operand(), into);
        } else if (e instanceof Expr.Binary b) {
            references(b.left(), into);
            references(b.right(), into);
        } else if (e instanceof Expr.CollectionPredicate p) {
            references(p.collection(), into);
        } else if (e instanceof Expr.Paren p) {
            references(p.inner(), into);
        }
    }
}
