package dev.zmodel;

/**
 * A failure the user can act on: the message says what happened, why, and what to do next. Every error the
 * library reports to callers is (a subclass of) this; the Maven plugin turns it into one
 * {@code MojoFailureException} line, without a stack trace unless {@code -e}/{@code -X} is given.
 */
public class ZModelException extends RuntimeException {
    public ZModelException(String message) {
        super(message);
    }

    public ZModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
