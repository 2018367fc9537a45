package dev.zmodel.pull.naming;

import java.util.List;

/**
 * Where things go in a generated model, as the preset's reference tool writes them.
 *
 * @param fieldAttributes   field attribute order; {@code @db} stands for every {@code @db.*} attribute
 * @param blockAttributes   block attribute order; {@code @@unique} and {@code @@index} (with {@code @@fulltext})
 *                          keep the order they are given in among themselves
 * @param relationsBeforeForeignKey true: a forward relation field goes right before the first of its
 *                          foreign key's fields, back and many-to-many fields at the end (ZenStack); false:
 *                          all relation fields after the scalar fields (Prisma)
 */
public record Layout(List<String> fieldAttributes, List<String> blockAttributes, boolean relationsBeforeForeignKey) {
    public Layout {
        fieldAttributes = List.copyOf(fieldAttributes);
        blockAttributes = List.copyOf(blockAttributes);
    }

    /** Position of an attribute in {@link #fieldAttributes} ({@code @db.X} counts as {@code @db}); unknown ones last. */
    public int fieldRank(String attributeName) {
        return rank(fieldAttributes, attributeName.startsWith("@db.") ? "@db" : attributeName);
    }

    public int blockRank(String attributeName) {
        return rank(blockAttributes, attributeName.equals("@@fulltext") ? "@@index" : attributeName);
    }

    private static int rank(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? order.size() : i;
    }
}
