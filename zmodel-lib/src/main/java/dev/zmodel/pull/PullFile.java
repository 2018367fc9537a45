package dev.zmodel.pull;

import java.nio.file.Path;

/**
 * One schema file of a pull: its text before (null when it did not exist) and after.
 *
 * @param path the file (null for a pull from text)
 */
public record PullFile(Path path, String before, String after) {
    public boolean changed() {
        return !after.equals(before);
    }
}
