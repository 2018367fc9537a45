package dev.zmodel.pull.generate;

/**
 * The ZModel name of a model, view or enum.
 *
 * @param name     the final name
 * @param base     the name before duplicate resolution (Prisma names relation fields after it)
 * @param mapped   whether {@code @@map} is written
 * @param reserved the original name when a reserved name was renamed ({@code Renamed…}); null otherwise
 */
record DeclName(String name, String base, boolean mapped, String reserved) {}
