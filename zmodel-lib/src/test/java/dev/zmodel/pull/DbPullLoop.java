package dev.zmodel.pull;

import dev.zmodel.datasource.ConnectionOverrides;

import java.nio.file.Path;

/**
 * A separate JVM for {@link DbPullKillTest}: {@code db pull} into one schema file over and over, alternating between
 * two SQLite databases, until it is killed. Prints {@code READY} after the first pull.
 */
public final class DbPullLoop {
    private DbPullLoop() {}

    public static void main(String[] args) {
        Path schema = Path.of(args[0]);
        for (long n = 0; ; n++) {
            String url = args[1 + (int) (n % 2)];
            DbPull.pull(PullOptions.of(schema).withConnection(new ConnectionOverrides(url, null, null)));
            if (n == 0) {
                System.out.println("READY");
                System.out.flush();
            }
        }
    }
}
