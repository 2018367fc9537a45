package dev.zmodel.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A loaded schema with the text of every file it was parsed from, so that a tool can reuse the parse while the files
 * are unchanged instead of parsing a big schema again.
 *
 * @param schema the loaded schema
 * @param texts  each file read, with the text it had
 */
public record LoadedFiles(LoadedSchema schema, Map<Path, String> texts) {
    public LoadedFiles {
        texts = Map.copyOf(texts);
    }

    /**
     * True when the schema loaded without loading problems and every file still holds the text it was parsed from
     * (then loading again yields the same schema).
     */
    public boolean unchanged() {
        if (texts.isEmpty() || schema.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return false; // a file that could not be read or parsed may be readable now
        }
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            try {
                if (!Files.readString(e.getKey()).equals(e.getValue())) {
                    return false;
                }
            } catch (IOException | RuntimeException ex) {
                return false;
            }
        }
        return true;
    }
}
