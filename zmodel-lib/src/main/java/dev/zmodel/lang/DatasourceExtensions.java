package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The datasource's {@code extensions} list, Prisma's spelling: {@code extensions = [citext, pg_trgm(schema:
 * "ext"), uuid_ossp(map: "uuid-ossp")]}. Each entry is an identifier, optionally called with {@code map:} (the
 * extension's name when it is not an identifier), {@code schema:} and {@code version:}. The one reader of it.
 */
public final class DatasourceExtensions {
    /** The arguments an entry may take. */
    public static final List<String> ARGUMENTS = List.of("map", "schema", "version");

    private DatasourceExtensions() {}

    /**
     * One entry.
     *
     * @param identifier the name as written ({@code uuid_ossp})
     * @param name       the extension's name: {@code map:} or the identifier ({@code uuid-ossp})
     * @param schema     {@code schema:}, or null
     * @param version    {@code version:}, or null
     */
    public record Declared(String identifier, String name, String schema, String version) {}

    /** The entries of the block's {@code extensions} field (entries that are neither names nor calls are skipped). */
    public static List<Declared> of(ConfigBlock datasource) {
        List<Declared> out = new ArrayList<>();
        Optional<ConfigField> field = datasource.field("extensions");
        if (field.isPresent() && field.get().value() instanceof Expr.Array array) {
            array.items().forEach(item -> declared(item).ifPresent(out::add));
        }
        return out;
    }

    /** One entry of the list: a name, or a call with named arguments; empty for anything else. */
    public static Optional<Declared> declared(Expr item) {
        if (item instanceof Expr.Reference r) {
            return Optional.of(new Declared(r.name(), r.name(), null, null));
        }
        if (item instanceof Expr.Invocation i) {
            String map = argument(i, "map");
            return Optional.of(new Declared(
                    i.name(), map == null ? i.name() : map, argument(i, "schema"), argument(i, "version")));
        }
        return Optional.empty();
    }

    private static String argument(Expr.Invocation call, String name) {
        return call.args().stream()
                .filter(a -> name.equals(a.name()))
                .map(Argument::value)
                .flatMap(v -> v.asString().stream())
                .findFirst()
                .orElse(null);
    }

    /**
     * The entry db pull writes for an extension: its name as identifier ({@code -} and other characters an
     * identifier cannot hold become {@code _}, Prisma's {@code uuid_ossp}) with {@code map:} when that changed it,
     * and {@code schema:} unless the extension lives in {@code defaultSchema}.
     */
    public static Expr entry(String name, String schema, String defaultSchema) {
        String identifier = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (identifier.isEmpty() || !Character.isLetter(identifier.charAt(0))) {
            identifier = "ext_" + identifier;
        }
        List<Argument> args = new ArrayList<>();
        if (!identifier.equals(name)) {
            args.add(Argument.named("map", Expr.StringLiteral.of(name)));
        }
        if (schema != null && !schema.equals(defaultSchema)) {
            args.add(Argument.named("schema", Expr.StringLiteral.of(schema)));
        }
        return args.isEmpty()
                ? Expr.Reference.of(identifier)
                : new Expr.Invocation(identifier, args, dev.zmodel.lang.ast.Span.NONE);
    }
}
