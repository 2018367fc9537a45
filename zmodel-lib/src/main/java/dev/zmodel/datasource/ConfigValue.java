package dev.zmodel.datasource;

import dev.zmodel.ZModelException;
import dev.zmodel.lang.ast.Expr;

import java.util.function.Function;

/** A datasource setting written as a string literal or as {@code env("NAME")}: exactly one is non-null. */
public record ConfigValue(String literal, String envVar) {
    /** The value of a config expression, or null when it is neither a string nor {@code env("NAME")}. */
    static ConfigValue of(Expr expr) {
        if (expr instanceof Expr.StringLiteral s) {
            return new ConfigValue(s.value(), null);
        }
        if (expr instanceof Expr.Invocation i
                && i.name().equals("env")
                && i.args().size() == 1
                && i.args().get(0).value() instanceof Expr.StringLiteral name) {
            return new ConfigValue(null, name.value());
        }
        return null;
    }

    /**
     * The value, reading the environment for {@code env()}.
     *
     * @param what names the setting and file for the message, e.g. "url of datasource 'db' in schema.zmodel"
     * @param howToSet the message's end: how to give the value, e.g. an example {@code export} and a flag
     * @throws ZModelException when the environment variable is not set or empty
     */
    public String resolve(Function<String, String> environment, String what, String howToSet) {
        if (literal != null) {
            return literal;
        }
        String value = environment.apply(envVar);
        if (value == null || value.isBlank()) {
            throw new ZModelException("Environment variable " + envVar + " is not set: the " + what + " is env(\""
                    + envVar + "\"). " + howToSet);
        }
        return value.strip();
    }
}
