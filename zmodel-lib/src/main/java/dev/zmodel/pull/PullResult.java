package dev.zmodel.pull;

import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ast.Document;

import java.util.List;

/**
 * The outcome of {@link DbPull}.
 *
 * @param files         every schema file, entry first, with its text before and after the pull
 * @param documents     the merged documents (same order as {@code files})
 * @param warnings      what the generation could not express or changed (unsupported types, check constraints, ...)
 * @param mergeWarnings what the merge could not do as the user might expect (name conflicts, stale references)
 * @param problems      validation errors of the merged schema, with {@link PullOptions#validate()} (a pull writes the
 *                      schema even so; fix them by hand); empty otherwise
 * @param summary       counts, added/removed/changed declarations, warnings by kind
 * @param written       whether files were written (false for a dry run or when nothing changed)
 */
public record PullResult(
        List<PullFile> files,
        List<Document> documents,
        List<PullWarning> warnings,
        List<MergeWarning> mergeWarnings,
        List<Diagnostic> problems,
        PullSummary summary,
        boolean written) {
    public PullResult {
        files = List.copyOf(files);
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        mergeWarnings = List.copyOf(mergeWarnings);
        problems = List.copyOf(problems);
    }

    /** Whether any file's text changed (or would change, in a dry run). */
    public boolean changed() {
        return files.stream().anyMatch(PullFile::changed);
    }

    /**
     * A unified diff ({@code diff -u}) of the changed files, "" when nothing changed. Computed when asked for, so
     * a pull that does not need it does not pay for it.
     */
    public String diff() {
        StringBuilder out = new StringBuilder();
        for (PullFile f : files) {
            out.append(UnifiedDiff.of(
                    f.path() == null ? "schema.zmodel" : DbPull.display(f.path()), f.before(), f.after()));
        }
        return out.toString();
    }

    /** The new text of the entry file. */
    public String text() {
        return files.get(0).after();
    }
}
