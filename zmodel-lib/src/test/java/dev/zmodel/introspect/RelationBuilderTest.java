package dev.zmodel.introspect;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Columns that arrive in any order end in catalog order, and are found by catalog position. */
class RelationBuilderTest {
    private static Column column(String name) {
        return Column.of(name, ColumnType.of("int4"), true);
    }

    @Test
    void sortsColumnsByCatalogPositionWhateverOrderTheyArriveIn() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 5, 12, 40}) {
            for (int round = 0; round < 50; round++) {
                // positions with gaps, as dropped columns leave them
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    positions.add(1 + 3 * i + random.nextInt(2));
                }
                List<Integer> arrival = new ArrayList<>(positions);
                Collections.shuffle(arrival, random);
                RelationBuilder r = new RelationBuilder("public", "t", false);
                for (int position : arrival) {
                    r.addColumn(position, column("c" + position));
                }
                r.sortColumnsByPosition();
                List<String> expected = positions.stream().map(p -> "c" + p).toList();
                assertEquals(expected, r.columns.stream().map(Column::name).toList(), "arrival " + arrival);
                for (int position : positions) {
                    assertEquals("c" + position, r.columnAt(position));
                }
                assertNull(r.columnAt(0), "position 0 is an expression, never a column");
            }
        }
    }
}
