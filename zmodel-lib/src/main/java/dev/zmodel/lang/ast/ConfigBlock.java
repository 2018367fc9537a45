package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code datasource NAME { ... }}, {@code generator NAME { ... }} or {@code plugin NAME { ... }}.
 * {@code innerComments} are comments after the last field, before the closing brace.
 */
public record ConfigBlock(
        Kind kind, String name, List<ConfigField> fields, List<Comment> innerComments, Trivia trivia, Span span)
        implements Declaration {
    public enum Kind {
        DATASOURCE("datasource"),
        GENERATOR("generator"),
        PLUGIN("plugin");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public ConfigBlock {
        fields = List.copyOf(fields);
        innerComments = List.copyOf(innerComments);
    }

    public Optional<ConfigField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
