// Copy the quick-start example as it is in the repository, and make sure the README runs that example
// with the goals this IT runs.
def root = new File(basedir, '../../../..').canonicalFile
def example = new File(root, 'examples/quickstart-sqlite')
assert new File(root, 'README.md').text.contains('-f examples/quickstart-sqlite initialize zenstack:db-pull') :
        'README run command and this IT must stay the same'
new File(basedir, 'zenstack').mkdirs()
['pom.xml', 'shop.sql', 'zenstack/schema.zmodel'].each { new File(basedir, it).bytes = new File(example, it).bytes }
def pom = new File(basedir, 'pom.xml').text
assert pom.contains("<zmodel.version>${projectVersion}</zmodel.version>") : 'the example must use the current version'
return true
