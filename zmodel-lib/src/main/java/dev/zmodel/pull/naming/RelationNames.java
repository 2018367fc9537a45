package dev.zmodel.pull.naming;

/**
 * The names of one relation: the relation name ({@code @relation("…")}, null when none is needed) and the two
 * field names. For an inline relation {@code onFrom} is the forward field (on the model holding the foreign key)
 * and {@code onTo} the back field; for a many-to-many relation {@code onFrom} is on model {@code a} (a list of
 * {@code b}) and {@code onTo} on model {@code b}.
 */
public record RelationNames(String relationName, String onFrom, String onTo) {}
