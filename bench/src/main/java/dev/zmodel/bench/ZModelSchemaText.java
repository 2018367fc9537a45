package dev.zmodel.bench;

import dev.zmodel.Provider;

/**
 * The ZModel text of a realistic N-model schema, shaped like {@code SyntheticSchema}'s tables: an auto-increment
 * id, 12 scalar fields of various types with {@code @map}s, {@code @db.*} native types and defaults, an enum, a
 * composite unique, two indexes (one descending), one or two relations to earlier models (with back relations),
 * and an implicit many-to-many relation every 50 models. {@link #changed} changes 1% of the models: a field
 * added, one retyped, one dropped, an index added, a default changed, a model renamed.
 */
final class ZModelSchemaText {
    private ZModelSchemaText() {}

    static String of(Provider provider, int models) {
        return text(provider, models, false);
    }

    /** The same schema with 1% of its models changed (at least one). */
    static String changed(Provider provider, int models) {
        return text(provider, models, true);
    }

    private static String text(Provider provider, int models, boolean changed) {
        int step = Math.max(1, models / Math.max(1, models / 100));
        String id = provider == Provider.SQLITE ? "Int   " : "BigInt";
        StringBuilder b = new StringBuilder(models * 1200);
        b.append("datasource db {\n    provider = \"")
                .append(provider.id())
                .append("\"\n    url      = env(\"DATABASE_URL\")\n}\n\n");
        b.append("enum OrderStatus {\n    NEW\n    PAID\n    SHIPPED\n    CANCELLED\n}\n\n");
        for (int i = 1; i <= models; i++) {
            boolean change = changed && i % step == 0;
            String name = name(i, changed);
            b.append("/// Table number ").append(i).append(".\n");
            b.append("model ").append(name).append(" {\n");
            b.append("    id         " + id + "      @id @default(autoincrement())\n");
            b.append("    tenantId   Int         @map(\"tenant_id\")\n");
            b.append("    name       String      ")
                    .append(varchar(provider, 120))
                    .append("\n");
            b.append("    email      String?     ")
                    .append(varchar(provider, change ? 320 : 255))
                    .append("\n");
            b.append("    price      Decimal     @default(")
                    .append(change ? "1" : "0")
                    .append(")")
                    .append(provider == Provider.SQLITE ? "" : " @db.Decimal(12, 2)")
                    .append("\n");
            b.append("    quantity   Int         @default(1)\n");
            b.append("    active     Boolean     @default(true)\n");
            b.append("    createdAt  DateTime    @default(now()) @map(\"created_at\")\n");
            b.append("    updatedAt  DateTime?   @updatedAt @map(\"updated_at\")\n");
            b.append("    status     OrderStatus @default(NEW)\n");
            b.append("    data       Json?\n");
            b.append("    code       String      @default(uuid())")
                    .append(varchar(provider, 36).isEmpty() ? "" : " " + varchar(provider, 36))
                    .append("\n");
            if (!change) {
                b.append("    notes      String?\n");
            }
            b.append("    ratio      ").append(change ? "Decimal?" : "Float?  ").append("\n");
            if (change) {
                b.append("    extra      Int?\n");
            }
            if (i > 1) {
                b.append("    parentId   " + id + "?     @map(\"parent_id\")\n");
                b.append("    parent     ")
                        .append(name(i - 1, changed))
                        .append("? @relation(\"p")
                        .append(i)
                        .append("\", fields: [parentId], references: [id], onDelete: SetNull)\n");
            }
            if (i > 3 && i % 3 == 0) {
                b.append("    ownerId    " + id + "      @map(\"owner_id\")\n");
                b.append("    owner      ")
                        .append(name(i - 3, changed))
                        .append(" @relation(\"o")
                        .append(i)
                        .append("\", fields: [ownerId], references: [id], onDelete: Cascade)\n");
            }
            if (i < models) {
                b.append("    children   ")
                        .append(name(i + 1, changed))
                        .append("[] @relation(\"p")
                        .append(i + 1)
                        .append("\")\n");
            }
            if (i + 3 <= models && (i + 3) % 3 == 0 && i + 3 > 3) {
                b.append("    owned      ")
                        .append(name(i + 3, changed))
                        .append("[] @relation(\"o")
                        .append(i + 3)
                        .append("\")\n");
            }
            if (i % 50 == 0 && i > 1) {
                b.append("    related    ")
                        .append(name(i - 1, changed))
                        .append("[] @relation(\"mn")
                        .append(i)
                        .append("\")\n");
            }
            if ((i + 1) % 50 == 0 && i + 1 <= models) {
                b.append("    relatedOf  ")
                        .append(name(i + 1, changed))
                        .append("[] @relation(\"mn")
                        .append(i + 1)
                        .append("\")\n");
            }
            b.append("\n    @@unique([tenantId, name])\n");
            b.append("    @@index([createdAt(sort: Desc)])\n");
            b.append("    @@index([tenantId, name])\n");
            if (change) {
                b.append("    @@index([quantity])\n");
            }
            b.append("    @@map(\"")
                    .append(String.format("t%04d", i))
                    .append(change && i % (2 * step) == 0 ? "_v2" : "")
                    .append("\")\n");
            b.append("}\n\n");
        }
        return b.toString();
    }

    private static String name(int i, boolean changed) {
        return String.format("T%04d", i);
    }

    private static String varchar(Provider provider, int length) {
        return provider == Provider.SQLITE ? "" : "@db.VarChar(" + length + ")";
    }
}
