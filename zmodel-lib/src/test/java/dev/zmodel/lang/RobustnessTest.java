package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of randomly damaged corpus schemas (fixed seed): parsing, validating and — when they still
 * parse — formatting must each end in a result or diagnostics, never an exception, and the whole run must
 * finish within a time bound (an endless loop fails it).
 */
class RobustnessTest {
    private static final long SEED = 20_260_715L;
    private static final int CASES = 4000;
    private static final String JUNK = "{}()[]<>\"'@@@.,:;=!?^&|/*#$%\\\n\t ";

    @Test
    void damagedSchemasNeverThrowOrHang() {
        List<String> sources = Corpus.allFiles().stream().map(Corpus::read).toList();
        Random random = new Random(SEED);
        int[] withErrors = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < CASES; i++) {
                String original = sources.get(random.nextInt(sources.size()));
                String mutated = mutate(original, random);
                try {
                    ParseResult r = ZModelParser.parse(mutated, "case" + i + ".zmodel");
                    assertNotNull(r.document());
                    for (Diagnostic d : r.diagnostics()) {
                        assertTrue(d.line() >= 1 && d.column() >= 1, d.format());
                    }
                    SchemaValidator.validate(List.of(r.document()));
                    if (r.hasErrors()) {
                        withErrors[0]++;
                    } else {
                        String once = ZModelPrinter.print(r.document());
                        ParseResult again = ZModelParser.parse(once, "again.zmodel");
                        assertTrue(
                                !again.hasErrors(),
                                () -> "printing a valid parse must give valid text:\n" + mutated + "\n---\n" + once
                                        + again.diagnostics());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    fail("case " + i + " threw " + e + " on input:\n" + mutated, e);
                }
            }
        });
        // The mutations must actually break things, or the test proves little.
        assertTrue(withErrors[0] > CASES / 2, "cases with syntax errors: " + withErrors[0]);
    }

    @Test
    void pathologicalInputsEndInDiagnostics() {
        List<String> inputs = List.of(
                "",
                "{",
                "}",
                "model",
                "model A",
                "model A {",
                "@@@",
                "\"",
                "'",
                "/*",
                "model A { id Int @default(",
                "model A { id Int @default([[[[[",
                "enum E { @@map(",
                "attribute",
                "attribute @x(",
                "function f(",
                "mutation",
                "mutation procedure p(",
                "import",
                "datasource db { provider = }",
                "model A { a ? [ ] ! ^ }",
                "\u0000\u0001\uFFFF",
                "model A with { }",
                "model A extends { }",
                "type T with A B C extends",
                "view V { @@@ }",
                "{".repeat(10_000),
                "(".repeat(10_000),
                "model A { id Int @default(" + "!".repeat(10_000) + "x) }");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String input : inputs) {
                ParseResult r = ZModelParser.parse(input, "p.zmodel");
                Document doc = r.document();
                assertNotNull(doc);
                SchemaValidator.validate(List.of(doc));
                ZModelPrinter.print(doc);
            }
        });
    }

    /** One to three random damages: character or token edits, truncation, junk, unbalanced brackets/quotes. */
    static String mutate(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(9)) {
                case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(3)));
                case 1 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(20));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                case 2 -> s = swapTokens(s, random);
                case 3 -> s = s.substring(0, at);
                case 4 -> s = s.substring(0, at) + junk(random) + s.substring(at);
                case 5 -> s = s.substring(0, at) + "{([".charAt(random.nextInt(3)) + s.substring(at);
                case 6 -> s = s.substring(0, at) + "})]".charAt(random.nextInt(3)) + s.substring(at);
                case 7 -> s = s.substring(0, at) + (random.nextBoolean() ? '"' : '\'') + s.substring(at);
                default -> s = deleteToken(s, random);
            }
        }
        return s;
    }

    private static String junk(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(JUNK.charAt(random.nextInt(JUNK.length())));
        }
        return b.toString();
    }

    private static List<int[]> tokens(String s) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    private static String swapTokens(String s, Random random) {
        List<int[]> t = tokens(s);
        if (t.size() < 2) {
            return s;
        }
        int a = random.nextInt(t.size() - 1);
        int[] x = t.get(a);
        int[] y = t.get(a + 1);
        return s.substring(0, x[0])
                + s.substring(y[0], y[1])
                + s.substring(x[1], y[0])
                + s.substring(x[0], x[1])
                + s.substring(y[1]);
    }

    private static String deleteToken(String s, Random random) {
        List<int[]> t = tokens(s);
        if (t.isEmpty()) {
            return s;
        }
        int[] x = t.get(random.nextInt(t.size()));
        return s.substring(0, x[0]) + s.substring(x[1]);
    }
}
