package dev.zmodel.pull;

import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-based unified diff ({@code diff -u} format, 3 lines of context) of two texts, for {@code dryRun}.
 * Lines are diffed with Myers' algorithm ({@link StringsComparator}) over one character per distinct line.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private enum Op {
        KEEP,
        DELETE,
        INSERT
    }

    private record Line(Op op, String text) {}

    private UnifiedDiff() {}

    /** The diff of {@code before} → {@code after}, or "" when they are equal. A null text is an absent file. */
    static String of(String path, String before, String after) {
        if (before != null && before.equals(after)) {
            return "";
        }
        List<Line> lines = diff(split(before), split(after));
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).op() != Op.KEEP) {
                changes.add(k);
            }
        }
        for (int g = 0; g < changes.size(); g++) {
            int first = changes.get(g);
            int last = first;
            // changes at most 2 * CONTEXT unchanged lines apart share a hunk, as with diff -u
            while (g + 1 < changes.size() && changes.get(g + 1) - last <= 2 * CONTEXT + 1) {
                last = changes.get(++g);
            }
            hunk(out, lines, Math.max(0, first - CONTEXT), Math.min(lines.size(), last + CONTEXT + 1));
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Line> lines, int start, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = 0; k < start; k++) {
            Op op = lines.get(k).op();
            oldStart += op != Op.INSERT ? 1 : 0;
            newStart += op != Op.DELETE ? 1 : 0;
        }
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            Line l = lines.get(k);
            oldCount += l.op() != Op.INSERT ? 1 : 0;
            newCount += l.op() != Op.DELETE ? 1 : 0;
            body.append(
                            switch (l.op()) {
                                case KEEP -> ' ';
                                case DELETE -> '-';
                                case INSERT -> '+';
                            })
                    .append(l.text())
                    .append('\n');
        }
        out.append("@@ -")
                .append(range(oldCount == 0 ? oldStart - 1 : oldStart, oldCount))
                .append(" +")
                .append(range(newCount == 0 ? newStart - 1 : newStart, newCount))
                .append(" @@\n")
                .append(body);
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<Line> diff(List<String> before, List<String> after) {
        Map<String, Character> codes = new HashMap<>();
        String a = encode(before, codes);
        String b = encode(after, codes);
        List<Line> out = new ArrayList<>();
        int[] pos = {0, 0};
        new StringsComparator(a, b).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitKeepCommand(Character c) {
                out.add(new Line(Op.KEEP, before.get(pos[0]++)));
                pos[1]++;
            }

            @Override
            public void visitDeleteCommand(Character c) {
                out.add(new Line(Op.DELETE, before.get(pos[0]++)));
            }

            @Override
            public void visitInsertCommand(Character c) {
                out.add(new Line(Op.INSERT, after.get(pos[1]++)));
            }
        });
        return deletionsFirst(out);
    }

    /** Within each run of changed lines, the removed lines before the added ones, as diff -u prints them. */
    private static List<Line> deletionsFirst(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        List<Line> inserts = new ArrayList<>();
        for (Line l : lines) {
            switch (l.op()) {
                case KEEP -> {
                    out.addAll(inserts);
                    inserts.clear();
                    out.add(l);
                }
                case DELETE -> out.add(l);
                case INSERT -> inserts.add(l);
            }
        }
        out.addAll(inserts);
        return out;
    }

    /** One character per distinct line (schema files have far fewer than 65,536 distinct lines). */
    private static String encode(List<String> lines, Map<String, Character> codes) {
        StringBuilder s = new StringBuilder(lines.size());
        for (String line : lines) {
            Character c = codes.get(line);
            if (c == null) {
                if (codes.size() >= Character.MAX_VALUE) {
                    throw new IllegalStateException("too many distinct lines to diff");
                }
                c = (char) (codes.size() + 1);
                codes.put(line, c);
            }
            s.append(c);
        }
        return s.toString();
    }
}
