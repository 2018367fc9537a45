package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * A separate JVM that runs one {@code migrate-deploy} (for {@link ParallelDeployProcessesTest}). Arguments:
 * provider, JDBC URL, user, password ({@code -} for none), schema, migrations directory. Prints {@code APPLIED <n>}
 * and exits 0, or prints the error message and exits 1.
 */
public final class DeployProcess {
    private DeployProcess() {}

    public static void main(String[] args) {
        Provider provider = Provider.valueOf(args[0]);
        ConnectionSettings settings = new ConnectionSettings(
                provider,
                args[1],
                args[2].equals("-") ? null : args[2],
                args[3].equals("-") ? null : args[3],
                args[4].equals("-") ? List.of() : List.of(args[4]));
        try {
            MigrateDeployResult r = MigrateDeploy.run(
                    MigrateOptions.of(settings, Path.of(args[5])).withListener(new Listener() {
                        @Override
                        public void info(String message) {
                            System.out.println(message);
                        }

                        @Override
                        public void warn(String message) {
                            System.out.println("WARN " + message);
                        }
                    }));
            System.out.println("APPLIED " + r.applied().size());
            System.exit(0);
        } catch (ZModelException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(1);
        }
    }
}
