package dev.zmodel.diff;

/**
 * One logical change of a database schema, as computed by {@link SchemaDiff}: immutable, carrying everything
 * needed to render it for a dialect and to undo it ({@link #inverse()}), and classified by what it may do to
 * existing data.
 *
 * <p>Names are database names. The changes of one diff are ordered so that applying them one after the other
 * turns the "from" schema into the "to" schema; each refers to its objects by the names they have at that
 * point (renames come first).
 */
public sealed interface SchemaChange
        permits CreateSchema,
                DropSchema,
                CreateExtension,
                DropExtension,
                CreateEnum,
                DropEnum,
                AddEnumValue,
                RecreateEnum,
                CreateTable,
                DropTable,
                RenameTable,
                AddColumn,
                DropColumn,
                RenameColumn,
                AlterColumn,
                AddPrimaryKey,
                DropPrimaryKey,
                CreateIndex,
                DropIndex,
                RenameIndex,
                AddForeignKey,
                DropForeignKey,
                RenameConstraint,
                SetTableComment,
                RebuildTable,
                ReplaceJoinTable {

    /** The risk of this change for existing data. */
    DataLoss dataLoss();

    /**
     * A sentence saying what may happen to the data ("Drops column `User.age`; its values are lost."), or null
     * for a {@link DataLoss#SAFE} change.
     */
    String warning();

    /** A short description for logs and changeset comments ("Create table `User`"). */
    String summary();

    /** The change that undoes this one, applied right after it (used for rollbacks). */
    SchemaChange inverse();

    <R> R accept(Visitor<R> visitor);

    /** One method per change kind, so that every renderer handles every kind (checked by the compiler). */
    interface Visitor<R> {
        R createSchema(CreateSchema change);

        R dropSchema(DropSchema change);

        R createExtension(CreateExtension change);

        R dropExtension(DropExtension change);

        R createEnum(CreateEnum change);

        R dropEnum(DropEnum change);

        R addEnumValue(AddEnumValue change);

        R recreateEnum(RecreateEnum change);

        R createTable(CreateTable change);

        R dropTable(DropTable change);

        R renameTable(RenameTable change);

        R addColumn(AddColumn change);

        R dropColumn(DropColumn change);

        R renameColumn(RenameColumn change);

        R alterColumn(AlterColumn change);

        R addPrimaryKey(AddPrimaryKey change);

        R dropPrimaryKey(DropPrimaryKey change);

        R createIndex(CreateIndex change);

        R dropIndex(DropIndex change);

        R renameIndex(RenameIndex change);

        R addForeignKey(AddForeignKey change);

        R dropForeignKey(DropForeignKey change);

        R renameConstraint(RenameConstraint change);

        R setTableComment(SetTableComment change);

        R rebuildTable(RebuildTable change);

        R replaceJoinTable(ReplaceJoinTable change);
    }
}
