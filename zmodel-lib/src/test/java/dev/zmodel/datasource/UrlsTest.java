package dev.zmodel.datasource;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlsTest {
    @Test
    void masksUserInfoPasswords() {
        assertEquals("postgresql://app:***@db:5432/shop", Urls.mask("postgresql://app:hunter2@db:5432/shop"));
        assertEquals("mysql://root:***@localhost/app", Urls.mask("mysql://root:p@ss@localhost/app"));
        assertEquals("jdbc:mariadb://root:***@h/d", Urls.mask("jdbc:mariadb://root:x@h/d"));
    }

    @Test
    void masksPasswordParameters() {
        assertEquals(
                "jdbc:postgresql://h/d?user=u&password=***&ssl=true",
                Urls.mask("jdbc:postgresql://h/d?user=u&password=hunter2&ssl=true"));
        assertEquals("jdbc:postgresql://h/d?sslpassword=***", Urls.mask("jdbc:postgresql://h/d?sslpassword=k"));
        assertEquals("jdbc:sqlserver://h;user=u;password=***", Urls.mask("jdbc:sqlserver://h;user=u;password=x"));
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        assertEquals("postgresql://app@db:5432/shop", Urls.mask("postgresql://app@db:5432/shop"));
        assertEquals("postgresql://db:5432/shop", Urls.mask("postgresql://db:5432/shop"));
        assertEquals("file:./dev.db", Urls.mask("file:./dev.db"));
        assertNull(Urls.mask(null));
    }
}
