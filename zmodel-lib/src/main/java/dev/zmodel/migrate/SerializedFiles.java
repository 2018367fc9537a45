package dev.zmodel.migrate;

import dev.zmodel.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The replay cache's files (the recorded replays and the parsed migrations): one serialized object each, replaced
 * atomically when written, read back only through a filter of the classes it may hold.
 */
final class SerializedFiles {
    private SerializedFiles() {}

    /** The object {@code file} holds, read through {@code filter}. */
    static Object read(Path file, ObjectInputFilter filter) throws IOException, ClassNotFoundException {
        // buffered: unbuffered, object serialization reads each type code with a system call of its own (760,000
        // reads for the replay of 1,000 tables)
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(filter);
            return objects.readObject();
        }
    }

    /** Writes {@code value} to {@code file} (creating its directory), replacing the file in one step. */
    static void write(Path file, Object value) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        Path temp = AtomicFiles.createTemp(file);
        try {
            Files.write(temp, bytes.toByteArray());
            AtomicFiles.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
