package dev.zmodel.pull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The naming convention of a random schema, as real products have one: snake_case plural or singular tables
 * ({@code order_items}, {@code order_item}), Prisma's PascalCase models with camelCase columns ({@code "OrderItem"},
 * {@code "createdAt"}), or PascalCase tables and columns ({@code "OrderItem"}, {@code "CreatedAt"}, as in Chinook).
 */
enum RandomStyle {
    SNAKE_PLURAL,
    SNAKE_SINGULAR,
    PRISMA,
    PASCAL;

    String table(RandomConcepts.Concept concept) {
        return switch (this) {
            case SNAKE_PLURAL -> concept.plural();
            case SNAKE_SINGULAR -> concept.singular();
            case PRISMA, PASCAL -> pascal(concept.singular());
        };
    }

    /** A column from its snake_case meaning. */
    String column(String snake) {
        return switch (this) {
            case SNAKE_PLURAL, SNAKE_SINGULAR -> snake;
            case PRISMA -> camel(snake);
            case PASCAL -> pascal(snake);
        };
    }

    /** An enum type name from its snake_case meaning (PostgreSQL). */
    String enumType(String snake) {
        return this == PRISMA || this == PASCAL ? pascal(snake) : snake;
    }

    static String pascal(String snake) {
        return Arrays.stream(snake.split("_"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining());
    }

    static String camel(String snake) {
        String p = pascal(snake);
        return p.substring(0, 1).toLowerCase(Locale.ROOT) + p.substring(1);
    }
}
