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
        List<Argument> positional = args.stream().filter(Argument::isPositional).toList();
        return index < positional.size() ? Optional.of(positional.get(index).value()) : Optional.empty();
    }

    public Optional<Expr> named(String argName) {
        return args.stream()
                .filter(a -> argName.equals(a.name()))
                .map(Argument::value)
                .findFirst();
    }

    /** The named argument, or the positional argument at {@code index} when not given by name. */
    public Optional<Expr> arg(String argName, int index) {
        Optional<Expr> byName = named(argName);
        return byName.isPresent() ? byName : positional(index);
    }
}
