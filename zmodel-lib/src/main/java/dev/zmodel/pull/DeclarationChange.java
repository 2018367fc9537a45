package dev.zmodel.pull;

/**
 * One model, view or enum that a merge added, removed or changed.
 *
 * @param kind   {@code model}, {@code view} or {@code enum}
 * @param name   the ZModel name (the output name for added and changed ones, the old one for removed ones)
 * @param change what happened
 */
public record DeclarationChange(String kind, String name, Change change) {
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }
}
