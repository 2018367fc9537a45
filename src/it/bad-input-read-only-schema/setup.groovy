import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// The user protected the schema: format must not replace it (the atomic move would succeed, even as root).
Files.setPosixFilePermissions(new File(basedir, 'zenstack/schema.zmodel').toPath(),
        PosixFilePermissions.fromString('r--r--r--'))
return true
