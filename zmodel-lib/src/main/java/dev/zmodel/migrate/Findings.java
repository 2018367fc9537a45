package dev.zmodel.migrate;

import dev.zmodel.ZModelException;
import dev.zmodel.diff.RenameSuggestion;

import java.util.List;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.ACCEPT_DATA_LOSS;
import static dev.zmodel.PropertyNames.RENAMES;
import static dev.zmodel.PropertyNames.flag;

/** Turns data-loss findings into the refusal messages of migrate-dev and db-push. */
final class Findings {
    private Findings() {}

    static List<DataLossFinding> of(List<DataLossFinding> all, DataLossFinding.Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    static String bullets(List<DataLossFinding> findings) {
        return findings.stream().map(f -> "  - " + f.message()).collect(Collectors.joining("\n"));
    }

    /**
     * Data loss without {@code acceptDataLoss}: in an interactive session the findings are shown and the user is
     * asked; otherwise (batch mode) the run stops with the flag to pass.
     */
    static void refuseLoss(
            List<DataLossFinding> all,
            List<RenameSuggestion> renames,
            MigrateOptions options,
            String what,
            String database) {
        List<DataLossFinding> loss = of(all, DataLossFinding.Kind.DATA_LOSS);
        if (loss.isEmpty() || options.acceptDataLoss()) {
            return;
        }
        String lost = what + " would lose data in " + database + ":\n" + bullets(loss) + renameAdvice(renames);
        if (!options.prompter().isInteractive()) {
            throw new ZModelException(lost
                    + "\nIf that is intended, run again with " + flag(ACCEPT_DATA_LOSS, "true")
                    + ". Nothing was changed.");
        }
        options.listener().warn(lost);
        if (!options.prompter().confirm(what + " would lose the data listed above. Do you want to continue?")) {
            throw new ZModelException("Declined: " + lost + "\nNothing was changed. To go ahead without being asked, "
                    + "run again with " + flag(ACCEPT_DATA_LOSS, "true") + ".");
        }
    }

    /** Drops and adds that look like renames: the hint that keeps the data, ready to paste, before anything else. */
    private static String renameAdvice(List<RenameSuggestion> renames) {
        if (renames.isEmpty()) {
            return "";
        }
        return "\nIf "
                + String.join(
                        ", ",
                        renames.stream()
                                .map(r -> "`" + r.from() + "` was renamed to `" + r.to() + "`")
                                .toList())
                + ", keep the data by running again with "
                + flag(
                        RENAMES,
                        String.join(
                                ",",
                                renames.stream().map(RenameSuggestion::hint).toList()))
                + ".";
    }
}
