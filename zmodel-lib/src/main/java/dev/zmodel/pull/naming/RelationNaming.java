package dev.zmodel.pull.naming;

import java.util.List;

/** Names relations and relation fields. Field names may still collide; the generator resolves that afterwards. */
public interface RelationNaming {
    /** Names for {@code set.inline()} and {@code set.manyToMany()}, index by index. */
    Result name(RelationSet set);

    record Result(List<RelationNames> inline, List<RelationNames> manyToMany) {
        public Result {
            inline = List.copyOf(inline);
            manyToMany = List.copyOf(manyToMany);
        }
    }
}
