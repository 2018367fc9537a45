package dev.zmodel.migrate;

import dev.zmodel.ZModelException;

import java.util.List;
import java.util.stream.Collectors;

/** Turns data-loss findings into the refusal messages of migrate-dev and db-push. */
final class Findings {
    private Findings() {
    }

    static List<DataLossFinding> of(List<DataLossFinding> all, DataLossFinding.Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    static String bullets(List<DataLossFinding> findings) {
        return findings.stream().map(f -> "  - " + f.message()).collect(Collectors.joining("\n"));
    }

    static void refuseLoss(List<DataLossFinding> all, boolean acceptDataLoss, String what, String database) {
        List<DataLossFinding> loss = of(all, DataLossFinding.Kind.DATA_LOSS);
        if (!loss.isEmpty() && !acceptDataLoss) {
            throw new ZModelException(what + " would lose data in " + database + ":\n" + bullets(loss)
                    + "\nIf that is intended, run again with -Dzenstack.acceptDataLoss=true. Nothing was changed.");
        }
    }
}
