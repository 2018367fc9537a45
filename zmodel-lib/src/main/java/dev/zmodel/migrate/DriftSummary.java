package dev.zmodel.migrate;

import dev.zmodel.diff.AddColumn;
import dev.zmodel.diff.AddEnumValue;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.CreateEnum;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateSchema;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropEnum;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.RenameIndex;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.schema.QualifiedName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable account of how a database differs from what its applied migrations produce (Prisma's drift summary):
 * <pre>
 * [+] Added tables
 *   - Audit
 * [-] Removed tables
 *   - Post
 * [*] Changed the `User` table
 *   [+] Added column `nickname`
 *   [*] Altered column `name` (type, nullability)
 * [+] Added enums
 *   - Role
 * </pre>
 * The changes are those of {@code diff(expected, actual)}: "added" is in the database but not in the migrations.
 */
public final class DriftSummary {
    private DriftSummary() {}

    public static String render(List<SchemaChange> changes) {
        List<String> addedTables = new ArrayList<>();
        List<String> removedTables = new ArrayList<>();
        List<String> addedEnums = new ArrayList<>();
        List<String> removedEnums = new ArrayList<>();
        List<String> addedSchemas = new ArrayList<>();
        List<String> addedExtensions = new ArrayList<>();
        Map<String, List<String>> changedEnums = new TreeMap<>();
        Map<String, List<String>> changedTables = new LinkedHashMap<>();
        java.util.Set<String> droppedTableNames = new java.util.HashSet<>();
        changes.stream()
                .filter(c -> c instanceof DropTable)
                .forEach(c -> droppedTableNames.add(name(((DropTable) c).table().qualifiedName())));
        for (SchemaChange c : changes) {
            if (c instanceof CreateTable t) {
                addedTables.add(name(t.table().qualifiedName()));
            } else if (c instanceof DropTable t) {
                removedTables.add(name(t.table().qualifiedName()));
            } else if (c instanceof CreateSchema s) {
                addedSchemas.add(s.name());
            } else if (c instanceof CreateExtension e) {
                addedExtensions.add(e.extension().name());
            } else if (c instanceof CreateEnum e) {
                addedEnums.add(e.type().name());
            } else if (c instanceof DropEnum e) {
                removedEnums.add(e.type().name());
            } else if (c instanceof AddEnumValue e) {
                changedEnums
                        .computeIfAbsent(e.type().name(), k -> new ArrayList<>())
                        .add("[+] Added value `" + e.value() + "`");
            } else if (c instanceof RecreateEnum e) {
                List<String> lines = changedEnums.computeIfAbsent(e.from().name(), k -> new ArrayList<>());
                e.to().values().stream()
                        .filter(v -> !e.from().values().contains(v))
                        .forEach(v -> lines.add("[+] Added value `" + v + "`"));
                e.from().values().stream()
                        .filter(v -> !e.to().values().contains(v))
                        .forEach(v -> lines.add("[-] Removed value `" + v + "`"));
                if (lines.isEmpty()) {
                    lines.add("[*] Reordered values");
                }
            } else if (c instanceof AddForeignKey fk && fk.newTable()) {
                continue;
            } else if (c instanceof DropForeignKey fk && droppedTableNames.contains(name(fk.table()))) {
                continue;
            } else {
                tableLines(c, changedTables);
            }
        }
        StringBuilder b = new StringBuilder();
        section(b, "[+] Added schemas", addedSchemas);
        section(b, "[+] Added extensions", addedExtensions);
        section(b, "[+] Added tables", addedTables);
        section(b, "[-] Removed tables", removedTables);
        changedTables.forEach((table, lines) -> section(b, "[*] Changed the `" + table + "` table", lines, "  "));
        section(b, "[+] Added enums", addedEnums);
        section(b, "[-] Removed enums", removedEnums);
        changedEnums.forEach((e, lines) -> section(b, "[*] Changed the `" + e + "` enum", lines, "  "));
        return b.toString().stripTrailing();
    }

    private static void tableLines(SchemaChange c, Map<String, List<String>> tables) {
        if (c instanceof RebuildTable r) {
            r.reasons().forEach(reason -> tableLines(reason, tables));
            return;
        }
        QualifiedName table;
        String line;
        if (c instanceof AddColumn a) {
            table = a.table();
            line = "[+] Added column `" + a.column().name() + "`";
        } else if (c instanceof DropColumn d) {
            table = d.table();
            line = "[-] Removed column `" + d.column().name() + "`";
        } else if (c instanceof AlterColumn a) {
            table = a.table();
            line = "[*] Altered column `" + a.to().name() + "` ("
                    + String.join(
                            ", ",
                            a.changes().stream()
                                    .map(x -> x.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                                    .sorted()
                                    .toList())
                    + ")";
        } else if (c instanceof CreateIndex i) {
            table = i.table();
            line = "[+] Added " + (i.index().unique() ? "unique index" : "index") + " `"
                    + i.index().name() + "`";
        } else if (c instanceof DropIndex i) {
            table = i.table();
            line = "[-] Removed " + (i.index().unique() ? "unique index" : "index") + " `"
                    + i.index().name() + "`";
        } else if (c instanceof RenameIndex i) {
            table = i.table();
            line = "[*] Renamed index `" + i.index().name() + "` to `" + i.to() + "`";
        } else if (c instanceof AddForeignKey f) {
            table = f.table();
            line = "[+] Added foreign key `" + f.foreignKey().name() + "`";
        } else if (c instanceof DropForeignKey f) {
            table = f.table();
            line = "[-] Removed foreign key `" + f.foreignKey().name() + "`";
        } else if (c instanceof AddPrimaryKey p) {
            table = p.table();
            line = "[+] Added primary key (" + String.join(", ", p.key().columns()) + ")";
        } else if (c instanceof DropPrimaryKey p) {
            table = p.table();
            line = "[-] Removed primary key";
        } else {
            table = null;
            line = "[*] " + c.summary();
        }
        tables.computeIfAbsent(table == null ? "(other)" : name(table), k -> new ArrayList<>())
                .add(line);
    }

    private static String name(QualifiedName q) {
        return q.schema() == null || q.schema().equals("public") ? q.name() : q.schema() + "." + q.name();
    }

    private static void section(StringBuilder b, String title, List<String> items) {
        if (!items.isEmpty()) {
            b.append(title).append('\n');
            items.forEach(i -> b.append("  - ").append(i).append('\n'));
        }
    }

    private static void section(StringBuilder b, String title, List<String> lines, String indent) {
        if (!lines.isEmpty()) {
            b.append(title).append('\n');
            lines.forEach(l -> b.append(indent).append(l).append('\n'));
        }
    }
}
