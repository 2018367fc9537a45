package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * An attribute application: {@code @id}, {@code @db.VarChar(255)}, {@code @@index([a, b], map: "x")},
 * {@code @@@prisma}. {@code name} includes the leading {@code @} characters. {@code parens} records whether
 * an (possibly empty) argument list was written.
 */
public record Attribute(String name, List<Argument> args, boolean parens, Span span) {
    public Attribute {
        args = List.copyOf(args);
    }

    public static Attribute of(String name, Argument... args) {
        return new Attribute(name, List.of(args), args.length > 0, Span.NONE);
    }

    public static Attribute withParens(String name, List<Argument> args) {
        return new Attribute(name, args, true, Span.NONE);
    }

    public boolean isModelLevel() {
        return name.startsWith("@@") && !name.startsWith("@@@");
    }

    /** The first positional argument, if any. */
    public Optional<Expr> positional(int index) {
        int seen = 0;
        for (int i = 0; i < args.size(); i++) { // a loop: this runs for every attribute of a pulled schema
            if (args.get(i).isPositional() && seen++ == index) {
                return Optional.of(args.get(i).value());
            }
        }
        return Optional.empty();
    }

    public Optional<Expr> named(String argName) {
        for (int i = 0; i < args.size(); i++) {
            if (argName.equals(args.get(i).name())) {
                return Optional.of(args.get(i).value());
            }
        }
        return Optional.empty();
    }

    /** The named argument, or the positional argument at {@code index} when not given by name. */
    public Optional<Expr> arg(String argName, int index) {
        Optional<Expr> byName = named(argName);
        return byName.isPresent() ? byName : positional(index);
    }
}
