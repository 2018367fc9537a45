package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reading and comparing the AST pieces the merge works with: {@code @relation} arguments, field lists of
 * {@code @@id}/{@code @@unique}/{@code @@index}, and equality that ignores source positions and quote style.
 * Database names ({@code @@map}, {@code @map}, {@code @@schema}) are read by {@link dev.zmodel.lang.DatabaseNames}.
 *
 * <p>Plain loops without {@code Optional}s or streams: these run for every field of every model (the stream-based
 * lookups were the merge's largest allocation in profiles). Foreign key columns are resolved through mixins and
 * base models by {@link ExistingSchema}.
 */
final class Ast {
    private Ast() {}

    // Plain loops instead of the AST's Optional/stream helpers: these run for every field of every model.

    /** The first attribute with this name, or null. */
    static Attribute attribute(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The argument {@code name}, or the positional argument at {@code index} when not given by name; null if none. */
    static Expr arg(Attribute attribute, String name, int index) {
        int positional = -1;
        Expr byIndex = null;
        for (Argument a : attribute.args()) {
            if (name.equals(a.name())) {
                return a.value();
            }
            if (a.isPositional() && ++positional == index) {
                byIndex = a.value();
            }
        }
        return byIndex;
    }

    /** The named argument only; null if absent. */
    static Expr named(Attribute attribute, String name) {
        return attribute == null ? null : arg(attribute, name, -1);
    }

    static String stringArg(Attribute attribute, String name) {
        return attribute == null ? null : arg(attribute, name, 0) instanceof Expr.StringLiteral s ? s.value() : null;
    }

    private static String string(Expr e) {
        return e instanceof Expr.StringLiteral s ? s.value() : null;
    }

    static boolean isComputed(Field field) {
        return attribute(field.attributes(), "@computed") != null;
    }

    /** The relation name of a relation field: {@code @relation("x")} or {@code @relation(name: "x")}. */
    static String relationName(Field field) {
        return stringArg(attribute(field.attributes(), "@relation"), "name");
    }

    /** The {@code fields:} of a relation field; empty for the side without them. */
    static List<String> relationFields(Field field) {
        Expr list = named(attribute(field.attributes(), "@relation"), "fields");
        return list == null ? List.of() : names(list);
    }

    /** The foreign key constraint name given by {@code @relation(map:)}. */
    static String relationMap(Field field) {
        return string(named(attribute(field.attributes(), "@relation"), "map"));
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
        return Optional.ofNullable(arg(attribute, "fields", 0));
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
        if (!a.name().equals(b.name()) || a.args().size() != b.args().size()) {
            return false;
        }
        if (a.args().isEmpty()) {
            return true;
        }
        boolean relation = a.name().equals("@relation");
        List<Expr> pa = positional(a, relation);
        List<Expr> pb = positional(b, relation);
        if (!sameAll(pa, pb)) {
            return false;
        }
        for (Argument x : a.args()) {
            if (x.isPositional() || relation && "name".equals(x.name())) {
                continue;
            }
            Expr y = b.named(x.name()).orElse(null);
            if (y == null || !same(x.value(), y)) {
                return false;
            }
        }
        return true;
    }

    /** Positional arguments in order; {@code @relation(name: "x")} counts as the positional {@code "x"}. */
    private static List<Expr> positional(Attribute a, boolean relation) {
        List<Expr> out = new ArrayList<>();
        Expr name = null;
        for (Argument x : a.args()) {
            if (x.isPositional()) {
                out.add(x.value());
            } else if (relation && "name".equals(x.name())) {
                name = x.value();
            }
        }
        if (name != null && out.isEmpty()) {
            out.add(name);
        }
        return out;
    }

    /** Structural equality of expressions, ignoring source positions and how literals were written. */
    static boolean same(Expr a, Expr b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Expr.StringLiteral x) {
            return x.value().equals(((Expr.StringLiteral) b).value());
        } else if (a instanceof Expr.NumberLiteral x) {
            return x.text().equals(((Expr.NumberLiteral) b).text());
        } else if (a instanceof Expr.BooleanLiteral x) {
            return x.value() == ((Expr.BooleanLiteral) b).value();
        } else if (a instanceof Expr.NullLiteral || a instanceof Expr.This) {
            return true;
        } else if (a instanceof Expr.Reference x) {
            return x.name().equals(((Expr.Reference) b).name());
        } else if (a instanceof Expr.MemberAccess x) {
            Expr.MemberAccess y = (Expr.MemberAccess) b;
            return x.member().equals(y.member()) && same(x.operand(), y.operand());
        } else if (a instanceof Expr.Invocation x) {
            Expr.Invocation y = (Expr.Invocation) b;
            return x.name().equals(y.name()) && sameArguments(x.args(), y.args());
        } else if (a instanceof Expr.Array x) {
            return sameAll(x.items(), ((Expr.Array) b).items());
        } else if (a instanceof Expr.ObjectLiteral x) {
            List<Expr.ObjectField> f = x.fields();
            List<Expr.ObjectField> g = ((Expr.ObjectLiteral) b).fields();
            if (f.size() != g.size()) {
                return false;
            }
            for (int i = 0; i < f.size(); i++) {
                if (!f.get(i).name().equals(g.get(i).name())
                        || !same(f.get(i).value(), g.get(i).value())) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Expr.Unary x) {
            Expr.Unary y = (Expr.Unary) b;
            return x.operator().equals(y.operator()) && same(x.operand(), y.operand());
        } else if (a instanceof Expr.Binary x) {
            Expr.Binary y = (Expr.Binary) b;
            return x.operator().equals(y.operator()) && same(x.left(), y.left()) && same(x.right(), y.right());
        } else if (a instanceof Expr.CollectionPredicate x) {
            Expr.CollectionPredicate y = (Expr.CollectionPredicate) b;
            return x.operator().equals(y.operator())
                    && java.util.Objects.equals(x.binding(), y.binding())
                    && same(x.collection(), y.collection())
                    && same(x.condition(), y.condition());
        } else if (a instanceof Expr.Paren x) {
            return same(x.inner(), ((Expr.Paren) b).inner());
        }
        return false;
    }

    private static boolean sameAll(List<Expr> a, List<Expr> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameArguments(List<Argument> a, List<Argument> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Objects.equals(a.get(i).name(), b.get(i).name())
                    || !same(a.get(i).value(), b.get(i).value())) {
                return false;
            }
        }
        return true;
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
