package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.RenameHint;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rename hints in ZModel names ({@code OldModel=NewModel}, {@code Model.oldField=Model.newField}) → the diff's
 * {@link RenameHint}s in database names, through the {@code @map}/{@code @@map}/{@code @@schema} of the current
 * schema.
 *
 * <p>The rule: a name that exists in the current schema (a model, or a field of the model) is translated to its
 * table or column; a name that does not exist any more — typically the old name — is taken as the database name
 * it had (without a {@code @map}, the ZModel name is the database name). The new side must name a model or field
 * of the current schema (or the table/column it maps to); otherwise the hint names nothing and is an error. The
 * user's text is kept as {@link RenameHint#source()} for messages. An implicit many-to-many join table is named by its
 * database name ({@code _PostToTag=_LabelToPost}, as the diff suggests it). Hints that do not have the ZModel form
 * (schema-qualified database names) are passed on as {@link RenameHint#parse} reads them.
 */
public final class RenameHints {
    private RenameHints() {}

    /**
     * @param current  the schema after the renames (the ZModel being migrated to)
     * @param provider the database; null for the schema's datasource provider
     * @throws ZModelException for a hint that names nothing in the current schema
     */
    public static List<RenameHint> translate(SchemaIndex current, Provider provider, List<String> hints) {
        Provider p = provider != null
                ? provider
                : current.provider()
                        .orElseThrow(() ->
                                new ZModelException("The schema names no provider; cannot translate rename hints."));
        ModelContext ctx = new ModelContext(current, p);
        List<RenameHint> out = new ArrayList<>();
        for (String hint : hints) {
            out.add(translate(ctx, hint.trim()));
        }
        return out;
    }

    private static RenameHint translate(ModelContext ctx, String hint) {
        int eq = hint.indexOf('=');
        if (eq <= 0 || eq == hint.length() - 1 || hint.indexOf('=', eq + 1) >= 0) {
            throw new ZModelException("rename hint `" + hint + "` is not of the form `OldModel=NewModel` or "
                    + "`Model.oldField=Model.newField`.");
        }
        String[] left = hint.substring(0, eq).trim().split("\\.", -1);
        String[] right = hint.substring(eq + 1).trim().split("\\.", -1);
        if (left.length == 1 && right.length == 1) {
            return table(ctx, hint, left[0], right[0]);
        }
        if (left.length == 2
                && right.length == 2
                && model(ctx, right[0]).or(() -> model(ctx, left[0])).isPresent()) {
            return column(ctx, hint, left, right);
        }
        return RenameHint.parse(hint);
    }

    private static RenameHint table(ModelContext ctx, String hint, String oldName, String newName) {
        Optional<Table> joinTable = model(ctx, newName).isPresent()
                ? Optional.empty()
                : new ManyToManyTables(ctx)
                        .build().stream().filter(t -> t.name().equals(newName)).findFirst();
        if (joinTable.isPresent()) { // an implicit many-to-many join table, by its database name
            return new RenameHint(joinTable.get().schema(), oldName, null, newName, hint);
        }
        DataModel target = model(ctx, newName)
                .orElseThrow(() -> new ZModelException("rename hint `" + hint
                        + "`: the schema has no model `" + newName + "` (and no model mapped to a table of that name). "
                        + "Name the model as it is now on the right-hand side, e.g. `OldModel=" + suggestion(ctx)
                        + "`."));
        QualifiedName table = ctx.table(target);
        String from = model(ctx, oldName).map(m -> ctx.table(m).name()).orElse(oldName);
        return new RenameHint(table.schema(), from, null, table.name(), hint);
    }

    private static RenameHint column(ModelContext ctx, String hint, String[] left, String[] right) {
        DataModel model = model(ctx, right[0]).or(() -> model(ctx, left[0])).orElseThrow();
        QualifiedName table = ctx.table(model);
        String to = column(ctx, model, right[1])
                .orElseThrow(() -> new ZModelException("rename hint `" + hint
                        + "`: model `" + model.name() + "` has no field `" + right[1]
                        + "` (and no column of that name). Name "
                        + "the field as it is now on the right-hand side."));
        String from = column(ctx, model, left[1]).orElse(left[1]);
        return new RenameHint(table.schema(), table.name(), from, to, hint);
    }

    /** A model by ZModel name, else the model whose table has this database name. */
    private static Optional<DataModel> model(ModelContext ctx, String name) {
        Optional<DataModel> byName =
                ctx.models().stream().filter(m -> m.name().equals(name)).findFirst();
        return byName.isPresent()
                ? byName
                : ctx.models().stream()
                        .filter(m -> ctx.table(m).name().equals(name))
                        .findFirst();
    }

    /** The column of a field by ZModel name, else a column with this database name. */
    private static Optional<String> column(ModelContext ctx, DataModel model, String name) {
        List<Field> fields = ctx.fields(model).stream()
                .filter(f -> !ctx.resolve(f).isRelation())
                .toList();
        Optional<String> byName =
                fields.stream().filter(f -> f.name().equals(name)).findFirst().map(DatabaseNames::column);
        return byName.isPresent()
                ? byName
                : fields.stream()
                        .map(DatabaseNames::column)
                        .filter(name::equals)
                        .findFirst();
    }

    private static String suggestion(ModelContext ctx) {
        return ctx.models().isEmpty() ? "NewModel" : ctx.models().get(0).name();
    }
}
