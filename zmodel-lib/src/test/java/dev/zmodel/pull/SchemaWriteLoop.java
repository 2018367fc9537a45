package dev.zmodel.pull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A separate JVM for {@link SchemaFileWriterKillTest}: replaces a two-file schema with {@link SchemaFileWriter}
 * (the writer {@code db pull} uses) over and over, alternating between two versions, until it is killed. Prints
 * {@code READY} after the first complete write.
 */
public final class SchemaWriteLoop {
    static final String[] FILES = {"schema.zmodel", "blog.zmodel"};

    private SchemaWriteLoop() {}

    /** The content of {@code file} in version {@code version} (0 or 1): about 1.5 MB of models. */
    static String content(String file, int version) {
        StringBuilder b = new StringBuilder("// ")
                .append(file)
                .append(" version ")
                .append(version)
                .append('\n');
        for (int i = 0; i < 30_000; i++) {
            b.append("model M").append(version).append('_').append(i).append(" {\n  id Int @id\n}\n");
        }
        return b.append("// end of ")
                .append(file)
                .append(" version ")
                .append(version)
                .append('\n')
                .toString();
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        SchemaFileWriter writer = new SchemaFileWriter();
        String[][] versions = new String[2][FILES.length];
        for (int v = 0; v < 2; v++) {
            for (int f = 0; f < FILES.length; f++) {
                versions[v][f] = content(FILES[f], v);
            }
        }
        for (long n = 0; ; n++) {
            int v = (int) (n % 2);
            Map<Path, String> files = new LinkedHashMap<>();
            Map<Path, String> current = new LinkedHashMap<>();
            for (int f = 0; f < FILES.length; f++) {
                files.put(dir.resolve(FILES[f]), versions[v][f]);
                current.put(dir.resolve(FILES[f]), versions[1 - v][f]);
            }
            writer.writeAll(files, current);
            if (n == 0) {
                System.out.println("READY");
                System.out.flush();
            }
        }
    }
}
