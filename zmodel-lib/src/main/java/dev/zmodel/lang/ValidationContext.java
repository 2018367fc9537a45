package dev.zmodel.lang;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every validation rule needs: the symbol index, the provider, and a sink for diagnostics. */
final class ValidationContext {
    static final String POLICY_PLUGIN = "@zenstackhq/plugin-policy";

    final SchemaIndex index;
    /** The datasource provider, or null when missing/invalid (provider-specific rules are then skipped). */
    final Provider provider;
    /**
     * True when the schema declares a plugin other than the policy plugin: its attributes and functions
     * cannot be resolved on the JVM, so unknown names are warnings rather than errors.
     */
    final boolean thirdPartyPlugins;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ValidationContext(SchemaIndex index) {
        this.index = index;
        this.provider = index.provider().orElse(null);
        this.thirdPartyPlugins = index.documents().stream()
                .flatMap(d -> d.declarations().stream())
                .anyMatch(d -> d instanceof ConfigBlock c
                        && c.kind() == ConfigBlock.Kind.PLUGIN
                        && !c.field("provider")
                                .flatMap(f -> f.value().asString())
                                .orElse("")
                                .equals(POLICY_PLUGIN));
    }

    String fileOf(Declaration d) {
        return index.documentOf(d).map(Document::path).orElse("<schema>");
    }

    void error(Declaration in, Span at, String message) {
        diagnostics.add(Diagnostic.error(fileOf(in), at, message));
    }

    void warning(Declaration in, Span at, String message) {
        diagnostics.add(Diagnostic.warning(fileOf(in), at, message));
    }

    /** An error, or a warning when third-party plugins may define the unknown name. */
    void unresolved(Declaration in, Span at, String message) {
        if (thirdPartyPlugins) {
            warning(in, at, message + " (assumed to come from a plugin)");
        } else {
            error(in, at, message);
        }
    }

    void add(Diagnostic d) {
        diagnostics.add(d);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The span to report a field problem at: the field's name. */
    static Span nameSpan(Field f) {
        return f.span();
    }

    /** The relation name of {@code @relation("name")} or {@code @relation(name: "name")}, if any. */
    static Optional<String> relationName(Field f) {
        return f.attribute("@relation").flatMap(a -> a.arg("name", 0)).flatMap(Expr::asString);
    }
}
