def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'zenstack/schema.zmodel').text

assert schema.startsWith('datasource db {\n    provider = "sqlite"\n    url      = "file:./dev.db"\n}\n') : schema
assert schema.contains('model Author {') : schema
assert schema.contains('model Book {') : schema
assert schema.contains('view BookCount {') : schema
assert schema =~ /author\s+Author\s+@relation\(fields: \[authorId\], references: \[id\]/ : schema
assert schema =~ /books\s+Book\[\]/ : schema
assert schema.contains('@@map("author")') : schema

assert log =~ /Introspected 2 tables, 1 views and 0 enums of SQLite/
assert log.contains('Models: 2 added (Author, Book).')
assert log.contains('Views: 1 added (BookCount).')
assert log =~ /Wrote .*schema\.zmodel/
assert log.contains('ZModel schema is valid')
// a trigger is named in a warning and in the note of its table's model; the database keeps it
assert log.contains('[WARNING] TRIGGER book.book_title_trimmed: The database has triggers ZModel cannot express '
        + '(book_title_trimmed on book (AFTER INSERT)); the database keeps them, and migrations leave them alone.') : log
assert schema.contains('/// This table has triggers, which ZModel cannot express: the database keeps them, and '
        + 'migrations leave them alone.\n/// - book_title_trimmed: AFTER INSERT\nmodel Book {') : schema
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
