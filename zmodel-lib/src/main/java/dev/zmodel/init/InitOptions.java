package dev.zmodel.init;

import dev.zmodel.Listener;
import dev.zmodel.Provider;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ProjectInit} writes.
 *
 * @param schema     the schema file to create (conventionally {@code zenstack/schema.zmodel}); it must not exist
 * @param provider   the datasource provider
 * @param url        the datasource url: {@code null} for the default ({@code env("DATABASE_URL")}, for SQLite
 *                   {@code file:./dev.db}), {@code env("NAME")} for another environment variable, or a literal URL
 *                   of the provider ({@code postgresql://…}, {@code mysql://…}, {@code file:…}, or {@code jdbc:…})
 * @param projectDir the directory commands are run from; paths in messages are shown relative to it, and the
 *                   printed commands add {@code -Dzenstack.schema=…} when the schema is not at the default place
 * @param listener   receives the "created" message and the next steps
 */
public record InitOptions(Path schema, Provider provider, String url, Path projectDir, Listener listener) {
    public InitOptions {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(provider, "provider");
        url = url == null || url.isBlank() ? null : url.strip();
        projectDir = projectDir == null ? Path.of("").toAbsolutePath() : projectDir.toAbsolutePath();
        listener = listener == null ? Listener.NONE : listener;
    }

    /** The default url, the working directory as project directory, no listener. */
    public static InitOptions of(Path schema, Provider provider) {
        return new InitOptions(schema, provider, null, null, null);
    }

    public InitOptions withUrl(String value) {
        return new InitOptions(schema, provider, value, projectDir, listener);
    }

    public InitOptions withProjectDir(Path value) {
        return new InitOptions(schema, provider, url, value, listener);
    }

    public InitOptions withListener(Listener value) {
        return new InitOptions(schema, provider, url, projectDir, value);
    }
}
