def log = new File(basedir, 'build.log').text.replaceAll(/\[INFO\] ?/, '')
// init: each parameter with its property, default and example
assert log.contains('zenstack:init')
assert log =~ /(?s)provider.*Default: sqlite.*User property: zenstack\.provider/
assert log.contains('-Dzenstack.provider=postgresql')
assert log =~ /(?s)schema.*Default: \$\{basedir\}\/zenstack\/schema\.zmodel.*User property: zenstack\.schema/
assert log.contains('-Dzenstack.schema=src/main/zenstack/schema.zmodel')
assert log =~ /(?s)url.*User property: zenstack\.url/
assert log.contains('-Dzenstack.url=postgresql://app@localhost:5432/shop')
assert log =~ /(?s)skip.*Default: false.*User property: zenstack\.skip/
// migrate-dev: the prompt flags are documented with their examples
assert log.contains('zenstack:migrate-dev')
assert log =~ /(?s)reset.*Default: false.*User property: zenstack\.reset/
assert log.contains('-Dzenstack.reset=true')
assert log =~ /(?s)acceptDataLoss.*Default: false.*User property: zenstack\.acceptDataLoss/
assert log.contains('-Dzenstack.acceptDataLoss')
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
