package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffCases;
import dev.zmodel.diff.SchemaChange;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of every rendered changelog, across all scenarios. */
class ChangelogRendererTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void oneChangesetPerChangeWithIdsAuthorPathQuotingAndARollback(Provider provider) throws Exception {
        LiquibaseScope.run(() -> {
            Database database = DatabaseFactory.getInstance()
                    .openDatabase(
                            LiquibaseChanges.forProvider(provider, RenderOptions.defaults())
                                    .offlineUrl(),
                            null,
                            null,
                            null,
                            new ClassLoaderResourceAccessor());
            for (DiffCases.Case c : DiffCases.all(provider)) {
                List<SchemaChange> changes = c.diff().changes();
                DatabaseChangeLog log = ChangelogRenderer.toDatabaseChangeLog(changes, provider, "m1");
                assertEquals(changes.size(), log.getChangeSets().size(), c.toString());
                for (int i = 0; i < changes.size(); i++) {
                    ChangeSet set = log.getChangeSets().get(i);
                    assertEquals("m1-" + (i + 1), set.getId());
                    assertEquals("zenstack", set.getAuthor());
                    assertEquals("m1/migration.xml", set.getLogicalFilePath());
                    assertEquals(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, set.getObjectQuotingStrategy());
                    assertTrue(set.supportsRollback(database), c + " changeset " + set.getId() + " has no rollback");
                    SchemaChange change = changes.get(i);
                    if (change.warning() != null) {
                        assertTrue(set.getComments().endsWith(change.warning()), set.getComments());
                    }
                }
            }
            return null;
        });
    }

    @Test
    void renderingPrintsNothing() throws Exception {
        String output = LiquibaseRunnerTest.silently(() -> {
            for (Provider p : Provider.values()) {
                for (ChangelogFormat format : ChangelogFormat.values()) {
                    for (DiffCases.Case c : DiffCases.all(p)) {
                        assertFalse(ChangelogRenderer.render(c.diff().changes(), p, "m", format)
                                .isBlank());
                    }
                }
            }
        });
        assertEquals("", output);
    }

    @Test
    void analyticsAreOffInOurScope() throws Exception {
        Boolean enabled = LiquibaseScope.run(() -> Scope.getCurrentScope()
                .get(liquibase.analytics.configuration.AnalyticsArgs.ENABLED.getKey(), Boolean.class));
        assertEquals(Boolean.FALSE, enabled);
        assertEquals(
                Boolean.FALSE,
                LiquibaseScope.run(() -> liquibase.analytics.configuration.AnalyticsArgs.ENABLED.getCurrentValue()));
    }

    @Test
    void formatsAndPaths() {
        assertEquals(
                "20260101000000_init/migration.yaml",
                ChangelogRenderer.logicalPath("20260101000000_init", ChangelogFormat.YAML));
        assertEquals(ChangelogFormat.YAML, ChangelogFormat.fromId("YML").orElseThrow());
        assertTrue(ChangelogFormat.fromId("json").isEmpty());
        assertTrue(Map.of("xml", 1).containsKey(ChangelogFormat.XML.extension()));
    }
}
