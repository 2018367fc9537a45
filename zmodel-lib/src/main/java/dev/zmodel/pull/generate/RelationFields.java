package dev.zmodel.pull.generate;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.pull.naming.Layout;
import dev.zmodel.pull.naming.RelationNames;
import dev.zmodel.pull.naming.RelationNaming;
import dev.zmodel.pull.naming.UniqueNames;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relation fields of every model, in generation order: for each inline relation the forward field (on the
 * model holding the foreign key) and the back field, then for each many-to-many relation a list field on each side.
 * Names that collide with a scalar field or an earlier relation field of the model get a numeric suffix
 * ({@link UniqueNames}) and a DUPLICATE_NAME warning. Forward fields carry
 * {@code @relation([name,] fields: […], references: […], onDelete?, onUpdate?, map?)} — actions only where they differ
 * from Prisma's defaults (onDelete Restrict when a key column is required, else SetNull; onUpdate Cascade), {@code map}
 * only where the constraint name is not the default; the other side {@code @relation("name")} when named. A relation
 * between an {@code @@ignore}d model and another gets {@code @ignore} on both fields: ZenStack pairs only relation
 * fields without {@code @ignore}, so one side alone would miss its opposite.
 */
final class RelationFields {
    /** A relation field and, for a forward field, the column it is placed before (ZenStack layout). */
    record Placed(Field field, String anchorColumn) {}

    private record Spec(
            QualifiedName model, String wanted, java.util.function.Function<String, Field> build, String anchor) {}

    private final Dialect dialect;
    private final Names names;
    private final Layout layout;
    private final Warnings warnings;
    private final ObjectLabels labels;

    RelationFields(Dialect dialect, Names names, Layout layout, Warnings warnings, ObjectLabels labels) {
        this.dialect = dialect;
        this.names = names;
        this.layout = layout;
        this.warnings = warnings;
        this.labels = labels;
    }

    Map<QualifiedName, List<Placed>> build(
            List<RelationPlanner.Inline> inline,
            List<JoinTable> manyToMany,
            RelationNaming.Result named,
            Set<QualifiedName> ignored,
            Map<QualifiedName, Set<String>> scalarNames) {
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < inline.size(); i++) {
            RelationPlanner.Inline r = inline.get(i);
            RelationNames n = named.inline().get(i);
            // ZenStack pairs only relation fields without @ignore: both sides of a relation to an ignored model
            boolean ignore = ignored.contains(r.from().qualifiedName()) != ignored.contains(r.to().qualifiedName());
            specs.add(new Spec(r.from().qualifiedName(), n.onFrom(), name -> forward(r, n, name, ignore), anchor(r)));
            specs.add(new Spec(r.to().qualifiedName(), n.onTo(), name -> back(r, n, name, ignore), null));
        }
        for (int i = 0; i < manyToMany.size(); i++) {
            JoinTable j = manyToMany.get(i);
            RelationNames n = named.manyToMany().get(i);
            specs.add(new Spec(j.targetA().qualifiedName(), n.onFrom(), name -> list(name, j.targetB(), n), null));
            specs.add(new Spec(j.targetB().qualifiedName(), n.onTo(), name -> list(name, j.targetA(), n), null));
        }
        Map<QualifiedName, List<Spec>> byModel = new LinkedHashMap<>();
        for (Spec s : specs) {
            byModel.computeIfAbsent(s.model(), k -> new ArrayList<>()).add(s);
        }
        Map<QualifiedName, List<Placed>> result = new LinkedHashMap<>();
        for (Map.Entry<QualifiedName, List<Spec>> e : byModel.entrySet()) {
            List<Spec> modelSpecs = e.getValue();
            List<UniqueNames.Wish> wishes = new ArrayList<>(modelSpecs.size());
            for (Spec s : modelSpecs) {
                wishes.add(UniqueNames.Wish.of(s.wanted()));
            }
            List<String> resolved = UniqueNames.resolve(wishes, scalarNames.getOrDefault(e.getKey(), Set.of()));
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < modelSpecs.size(); i++) {
                Spec s = modelSpecs.get(i);
                String name = resolved.get(i);
                if (!name.equals(s.wanted())) {
                    warnings.add(
                            PullWarning.Kind.DUPLICATE_NAME,
                            labels.of(e.getKey()) + "." + s.wanted(),
                            "The relation field name '" + s.wanted() + "' is already taken in "
                                    + names.decl(e.getKey()).name() + "; it is named '" + name + "'.");
                }
                placed.add(new Placed(s.build().apply(name), s.anchor()));
            }
            result.put(e.getKey(), placed);
        }
        return result;
    }

    /** The key column that comes first in the table (one the table does not list comes before all). */
    private static String anchor(RelationPlanner.Inline r) {
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (String key : r.fk().columns()) {
            int at = position(r.from(), key);
            if (at < firstAt) {
                first = key;
                firstAt = at;
            }
        }
        return first;
    }

    private static int position(Table table, String column) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private Field forward(RelationPlanner.Inline r, RelationNames n, String name, boolean ignore) {
        List<Argument> args = new ArrayList<>();
        if (n.relationName() != null) {
            args.add(Argument.positional(Expr.StringLiteral.of(n.relationName())));
        }
        args.add(Argument.named("fields", Attributes.references(r.fromFields())));
        args.add(Argument.named("references", Attributes.references(r.toFields())));
        ReferentialAction defaultDelete = r.anyRequired() ? ReferentialAction.RESTRICT : ReferentialAction.SET_NULL;
        if (r.fk().onDelete() != defaultDelete) {
            args.add(Argument.named("onDelete", Expr.Reference.of(Attributes.action(r.fk().onDelete()))));
        }
        if (r.fk().onUpdate() != ReferentialAction.CASCADE) {
            args.add(Argument.named("onUpdate", Expr.Reference.of(Attributes.action(r.fk().onUpdate()))));
        }
        if (dialect.facts().namedForeignKeys()
                && r.fk().name() != null
                && !r.fk().name()
                        .equals(dialect.constraintNames().foreignKey(r.from().name(), r.fk().columns()))) {
            args.add(Argument.named("map", Expr.StringLiteral.of(r.fk().name())));
        }
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(Attribute.withParens("@relation", args));
        if (ignore) {
            attributes.add(Attributes.flag("@ignore"));
        }
        return Field.of(
                name, FieldType.of(model(r.to()), false, r.optional()), Attributes.orderField(layout, attributes));
    }

    private Field back(RelationPlanner.Inline r, RelationNames n, String name, boolean ignore) {
        List<Attribute> attributes = new ArrayList<>();
        if (n.relationName() != null) {
            attributes.add(Attribute.of("@relation", Argument.positional(Expr.StringLiteral.of(n.relationName()))));
        }
        if (ignore) {
            attributes.add(Attributes.flag("@ignore"));
        }
        return Field.of(
                name,
                FieldType.of(model(r.from()), !r.oneToOne(), r.oneToOne()),
                Attributes.orderField(layout, attributes));
    }

    private Field list(String name, Table other, RelationNames n) {
        List<Attribute> attributes = n.relationName() == null
                ? List.of()
                : List.of(Attribute.of("@relation", Argument.positional(Expr.StringLiteral.of(n.relationName()))));
        return Field.of(name, FieldType.of(model(other), true, false), attributes);
    }

    private String model(Table table) {
        return names.decl(table.qualifiedName()).name();
    }
}
