package dev.zmodel.pull.generate;

import dev.zmodel.pull.PullWarning;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one generation, in the order they arise. */
final class Warnings {
    private final List<PullWarning> list = new ArrayList<>();

    void add(PullWarning.Kind kind, String object, String message) {
        list.add(new PullWarning(kind, object, message));
    }

    void addAll(List<PullWarning> more) {
        list.addAll(more);
    }

    List<PullWarning> list() {
        return List.copyOf(list);
    }
}
