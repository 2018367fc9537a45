package dev.zmodel.pull.generate;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.pull.naming.NamingPreset;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the declarations once names, column plans and relations are known: a model per table (scalar fields, keys
 * and indexes, relation fields, {@code @@map}, {@code @@ignore}, {@code @@schema}, notes), a view block per view, an
 * enum per declared enum.
 */
final class Declarations {
    private final NamingPreset preset;
    private final Dialect dialect;
    private final Names names;
    private final Map<QualifiedName, Map<String, ColumnPlan>> plans;
    private final Keys keys;
    private final ScalarFields scalars;
    private final String defaultSchema;
    private final boolean multiSchema;
    private final ModelAssembler assembler;
    private final EnumAssembler enums;

    Declarations(
            NamingPreset preset,
            Dialect dialect,
            Names names,
            Map<QualifiedName, Map<String, ColumnPlan>> plans,
            Keys keys,
            ScalarFields scalars,
            String defaultSchema,
            boolean multiSchema) {
        this.preset = preset;
        this.dialect = dialect;
        this.names = names;
        this.plans = plans;
        this.keys = keys;
        this.scalars = scalars;
        this.defaultSchema = defaultSchema;
        this.multiSchema = multiSchema;
        this.assembler = new ModelAssembler(preset.layout());
        this.enums = new EnumAssembler(preset.layout(), preset.alwaysMap());
    }

    DataModel model(Table t, Notes notes, List<RelationFields.Placed> relations, boolean ignored) {
        QualifiedName owner = t.qualifiedName();
        Map<String, String> fields = new HashMap<>();
        for (Column c : t.columns()) {
            fields.put(c.name(), names.fieldName(owner, c.name()));
        }
        Keys.Result keyAttributes = keys.render(t, fields, notes);
        Set<String> keyColumns =
                t.primaryKey() == null ? Set.of() : Set.copyOf(t.primaryKey().columns());
        Map<String, ColumnPlan> columnPlans = plans.get(owner);
        List<ModelAssembler.ScalarSlot> slots = new ArrayList<>();
        for (Column c : t.columns()) {
            String name = fields.get(c.name());
            Field f = scalars.build(
                    t,
                    columnPlans.get(c.name()),
                    name == null ? c.name() : name,
                    keyAttributes.fieldAttributes().getOrDefault(c.name(), List.of()),
                    keyColumns.contains(c.name()),
                    name == null,
                    owner,
                    notes);
            slots.add(new ModelAssembler.ScalarSlot(c, f, name == null));
        }
        List<Attribute> block = new ArrayList<>(keyAttributes.blockAttributes());
        DeclName name = names.decl(owner);
        if (name.mapped()) {
            block.add(Attributes.map(t.name(), true));
        }
        if (ignored) {
            block.add(Attributes.flag("@@ignore"));
        }
        schemaAttribute(t.schema()).ifPresent(block::add);
        return assembler.assemble(DataModel.Kind.MODEL, name.name(), slots, relations, block, notes.lines());
    }

    DataModel view(View v) {
        QualifiedName owner = v.qualifiedName();
        Notes notes = new Notes(preset.prismaWords());
        notes.comment(v.comment());
        DeclName viewName = names.decl(owner);
        if (viewName.reserved() != null) {
            notes.sentence(
                    Notes.Kind.RESERVED,
                    "This view has been renamed to '" + viewName.name()
                            + "' during introspection, because the original name '" + viewName.reserved()
                            + "' is reserved.");
        }
        if (v.materialized()) {
            notes.add(Notes.Kind.MATERIALIZED);
        }
        Map<String, ColumnPlan> columnPlans = plans.get(owner);
        List<ModelAssembler.ScalarSlot> slots = new ArrayList<>();
        for (Column c : v.columns()) {
            String name = names.fieldName(owner, c.name());
            Field f = scalars.build(
                    null,
                    columnPlans.get(c.name()),
                    name == null ? c.name() : name,
                    List.of(),
                    false,
                    name == null,
                    owner,
                    notes);
            slots.add(new ModelAssembler.ScalarSlot(c, f, name == null));
        }
        List<Attribute> block = new ArrayList<>();
        if (viewName.mapped()) {
            block.add(Attributes.map(v.name(), true));
        }
        schemaAttribute(v.schema()).ifPresent(block::add);
        return assembler.assemble(DataModel.Kind.VIEW, viewName.name(), slots, List.of(), block, notes.lines());
    }

    EnumDecl enumDecl(EnumSource e) {
        DeclName name = names.decl(e.key());
        Notes notes = new Notes(preset.prismaWords());
        notes.comment(e.comment());
        if (name.reserved() != null) {
            notes.sentence(
                    Notes.Kind.RESERVED,
                    "This enum has been renamed to '" + name.name()
                            + "' during introspection, because the original name '" + name.reserved()
                            + "' is reserved.");
        }
        List<Attribute> block = new ArrayList<>();
        if (name.mapped()) {
            // an inline MySQL enum whose name {table}_{column} had to be sanitized keeps it with @@map
            block.add(Attributes.map(e.dbName() != null ? e.dbName() : e.key().inlineName(), true));
        }
        schemaAttribute(e.schema()).ifPresent(block::add);
        return enums.assemble(name.name(), names.values(e.key()), block, notes.lines());
    }

    /**
     * {@code @@schema("x")} for PostgreSQL objects outside the default schema; with the prisma preset and a
     * {@code schemas} list on every object, as Prisma requires.
     */
    private Optional<Attribute> schemaAttribute(String schema) {
        boolean everywhere = multiSchema && preset.schemaOnEveryDeclaration();
        return schema != null && dialect.facts().schemas() && (everywhere || !schema.equals(defaultSchema))
                ? Optional.of(Attributes.schema(schema))
                : Optional.empty();
    }
}
