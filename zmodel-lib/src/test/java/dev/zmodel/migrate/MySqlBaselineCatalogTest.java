package dev.zmodel.migrate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The partition clause the baseline takes from {@code SHOW CREATE TABLE}: MariaDB prints it bare after the table
 * options, MySQL 8 inside a versioned comment (MySQL 8 is not run here: its text is the one its manual documents);
 * a table without one has none.
 */
class MySqlBaselineCatalogTest {

    @Test
    void mariadbPrintsTheClauseAfterTheTableOptions() {
        String text = """
                CREATE TABLE `p` (
                  `id` int(11) NOT NULL,
                  `d` date NOT NULL,
                  PRIMARY KEY (`id`,`d`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='a\\n) b'
                 PARTITION BY RANGE (year(`d`))
                SUBPARTITION BY HASH (`id`)
                SUBPARTITIONS 2
                (PARTITION `p0` VALUES LESS THAN (2020) ENGINE = InnoDB,
                 PARTITION `pmax` VALUES LESS THAN MAXVALUE ENGINE = InnoDB)""";
        assertEquals("""
                PARTITION BY RANGE (year(`d`))
                SUBPARTITION BY HASH (`id`)
                SUBPARTITIONS 2
                (PARTITION `p0` VALUES LESS THAN (2020) ENGINE = InnoDB,
                 PARTITION `pmax` VALUES LESS THAN MAXVALUE ENGINE = InnoDB)""", MySqlBaselineCatalog.partitionClause(text));
    }

    @Test
    void mysqlWrapsTheClauseInAVersionedComment() {
        String text = """
                CREATE TABLE `t` (
                  `id` int NOT NULL,
                  `d` date NOT NULL,
                  PRIMARY KEY (`id`,`d`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci
                /*!50100 PARTITION BY RANGE (year(`d`))
                (PARTITION p0 VALUES LESS THAN (2020) ENGINE = InnoDB,
                 PARTITION pmax VALUES LESS THAN MAXVALUE ENGINE = InnoDB) */""";
        assertEquals("""
                PARTITION BY RANGE (year(`d`))
                (PARTITION p0 VALUES LESS THAN (2020) ENGINE = InnoDB,
                 PARTITION pmax VALUES LESS THAN MAXVALUE ENGINE = InnoDB)""", MySqlBaselineCatalog.partitionClause(text));
    }

    @Test
    void aTableWithoutPartitionsHasNoClause() {
        assertNull(MySqlBaselineCatalog.partitionClause("CREATE TABLE `t` (\n  `id` int NOT NULL\n) ENGINE=InnoDB"));
    }
}
