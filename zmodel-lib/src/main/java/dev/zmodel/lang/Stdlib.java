package dev.zmodel.lang;

import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.FunctionDecl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard library every schema sees: {@code stdlib.zmodel} (ZenStack's attributes, functions and
 * enums) and {@code policy.zmodel} (the access-policy plugin's {@code @@allow}, {@code @@deny},
 * {@code check()}, ...), both resources parsed once.
 */
public final class Stdlib {
    static final String STDLIB = "stdlib.zmodel";
    static final String POLICY = "policy.zmodel";

    private static final class Holder {
        static final Stdlib INSTANCE = new Stdlib(List.of(read(STDLIB), read(POLICY)));
    }

    private final List<Document> documents;
    private final Map<String, AttributeDecl> attributes = new LinkedHashMap<>();
    private final Map<String, FunctionDecl> functions = new LinkedHashMap<>();
    private final Map<String, EnumDecl> enums = new LinkedHashMap<>();

    private Stdlib(List<Document> documents) {
        this.documents = List.copyOf(documents);
        for (Document d : documents) {
            for (Declaration decl : d.declarations()) {
                if (decl instanceof AttributeDecl a) {
                    attributes.put(a.name(), a);
                } else if (decl instanceof FunctionDecl f) {
                    functions.put(f.name(), f);
                } else if (decl instanceof EnumDecl e) {
                    enums.put(e.name(), e);
                }
            }
        }
    }

    public static Stdlib get() {
        return Holder.INSTANCE;
    }

    /** The parsed library files (stdlib first, then the policy plugin). */
    public List<Document> documents() {
        return documents;
    }

    public Optional<AttributeDecl> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Optional<FunctionDecl> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Optional<EnumDecl> enumDecl(String name) {
        return Optional.ofNullable(enums.get(name));
    }

    public Map<String, AttributeDecl> attributes() {
        return Map.copyOf(attributes);
    }

    private static Document read(String resource) {
        try (InputStream in = Stdlib.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing library resource " + resource);
            }
            ParseResult r = ZModelParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
            if (r.hasErrors()) {
                throw new IllegalStateException("library resource " + resource + " does not parse: " + r.diagnostics());
            }
            return r.document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
