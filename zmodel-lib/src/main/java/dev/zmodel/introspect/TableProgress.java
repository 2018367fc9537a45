package dev.zmodel.introspect;

import dev.zmodel.Progress;

/**
 * Progress of an introspection in tables: a relation counts as read when the first of its columns arrives (the
 * column query is the one whose size grows with the schema); {@link #finish()} counts the rest (relations
 * without columns).
 */
final class TableProgress {
    static final String STEP = "Reading tables";

    private final Progress progress;
    private final int total;

    private TableProgress(Progress progress, int total) {
        this.progress = progress;
        this.total = total;
    }

    static TableProgress start(CatalogSession session, int relations) {
        return new TableProgress(Progress.start(session.listener(), STEP, relations), relations);
    }

    void columnOf(RelationBuilder relation) {
        if (!relation.columnsSeen) {
            relation.columnsSeen = true;
            progress.advance();
        }
    }

    void finish() {
        progress.advanceBy(total - progress.done());
    }
}
