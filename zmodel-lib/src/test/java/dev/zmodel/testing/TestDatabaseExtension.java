package dev.zmodel.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects fresh databases into test parameters declared as {@code @Db(Provider.X) TestDatabase db}; each is
 * dropped after the test. Without a server the test is skipped with the reason (a failure when
 * {@code CI=true}); see {@link TestDatabases}.
 */
public final class TestDatabaseExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class
                && parameterContext.isAnnotated(Db.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Db db = parameterContext.findAnnotation(Db.class).orElseThrow();
        TestDatabase database = TestDatabases.create(db.value());
        extensionContext
                .getStore(ExtensionContext.Namespace.create(TestDatabaseExtension.class, parameterContext.getIndex()))
                .put("db", (ExtensionContext.Store.CloseableResource) database::close);
        return database;
    }
}
