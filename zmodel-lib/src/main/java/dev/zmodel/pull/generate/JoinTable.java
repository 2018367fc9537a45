package dev.zmodel.pull.generate;

import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Table;

/** An implicit many-to-many join table: column {@code A} references {@code targetA}, {@code B} references {@code targetB}. */
record JoinTable(Table table, ForeignKey fkA, ForeignKey fkB, Table targetA, Table targetB) {}
