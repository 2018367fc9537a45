package dev.zmodel.pull.generate;

import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.StoredObject;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Triggers, covering indexes' {@code INCLUDE} columns, index storage options, table storage settings (PostgreSQL unlogged tables and storage
 * options, MySQL engines, default collations and create options), functions, procedures, MySQL events, PostgreSQL
 * sequences no column owns and foreign tables, SQLite virtual tables: ZModel cannot express them, the database keeps
 * them. Each is named in one warning per kind; a trigger, a covering index, an index's storage options and a table's storage settings also in a
 * note on the model of its table (zenstack preset; Prisma says nothing about them, so the prisma preset's models stay
 * as Prisma writes them). A table's storage settings are the object's name.
 */
final class StoredObjects {
    private final List<StoredObject> objects;
    /** The objects that give their table a note, by table: every table looks its own up. */
    private final Map<QualifiedName, List<StoredObject>> notesByTable = new HashMap<>();

    private final Warnings warnings;
    private final ObjectLabels labels;
    private final boolean notes;

    StoredObjects(List<StoredObject> objects, Warnings warnings, ObjectLabels labels, boolean notes) {
        this.objects = objects;
        this.warnings = warnings;
        this.labels = labels;
        this.notes = notes;
        for (StoredObject o : objects) {
            if (noteOf(o.kind()) != null) {
                notesByTable
                        .computeIfAbsent(new QualifiedName(o.schema(), o.table()), k -> new ArrayList<>())
                        .add(o);
            }
        }
    }

    /** The notes naming the triggers, covering indexes and storage settings of the table. */
    void describe(Table table, Notes tableNotes) {
        if (!notes) {
            return;
        }
        for (StoredObject o : notesByTable.getOrDefault(table.qualifiedName(), List.of())) {
            tableNotes.add(noteOf(o.kind()), o.name() + (o.detail() == null ? "" : ": " + o.detail()));
        }
    }

    /** One warning per kind, naming every object of that kind. */
    void warn() {
        Map<StoredObject.Kind, List<StoredObject>> byKind = new EnumMap<>(StoredObject.Kind.class);
        objects.forEach(
                o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        byKind.forEach((kind, list) -> {
            List<String> labelled = list.stream().map(this::label).toList();
            List<String> described = list.stream().map(this::describe).toList();
            warnings.add(
                    PullWarning.Kind.valueOf(kind.name()),
                    String.join(", ", labelled),
                    "The database has " + plural(kind) + " ZModel cannot express (" + String.join(", ", described)
                            + "); the database keeps them, and migrations leave them alone.");
        });
    }

    private String label(StoredObject o) {
        if (o.kind() == StoredObject.Kind.TABLE_STORAGE) {
            return labels.of(o.schema(), o.table());
        }
        return o.table() == null ? labels.of(o.schema(), o.name()) : labels.of(o.schema(), o.table()) + "." + o.name();
    }

    private String describe(StoredObject o) {
        return o.table() == null
                ? labels.of(o.schema(), o.name()) + (o.detail() == null ? "" : " " + o.detail())
                : o.name() + " on " + labels.of(o.schema(), o.table())
                        + (o.detail() == null ? "" : " (" + o.detail() + ")");
    }

    /** The note on the model of the object's table, for the kinds that have a table. */
    private static Notes.Kind noteOf(StoredObject.Kind kind) {
        return switch (kind) {
            case TRIGGER -> Notes.Kind.TRIGGER;
            case COVERING_INDEX -> Notes.Kind.COVERING_INDEX;
            case INDEX_STORAGE -> Notes.Kind.INDEX_STORAGE;
            case TABLE_STORAGE -> Notes.Kind.TABLE_STORAGE;
            default -> null;
        };
    }

    private static String plural(StoredObject.Kind kind) {
        return switch (kind) {
            case COVERING_INDEX -> "covering indexes";
            case INDEX_STORAGE -> "index storage options";
            case TABLE_STORAGE -> "table storage settings";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s";
        };
    }
}
