package dev.zmodel.pull;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("schema.zmodel", "a\nb\n", "a\nb\n"));
    }

    @Test
    void showsChangesWithThreeLinesOfContextAndGNUStyleRanges() {
        String before = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\nl14\nl15\n";
        String after = "l1\nl2\nl3\nl4\nL5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\nl14\nl15\nl16\n";
        assertEquals("""
                --- a/zenstack/schema.zmodel
                +++ b/zenstack/schema.zmodel
                @@ -2,7 +2,7 @@
                 l2
                 l3
                 l4
                -l5
                +L5
                 l6
                 l7
                 l8
                @@ -13,3 +13,4 @@
                 l13
                 l14
                 l15
                +l16
                """, UnifiedDiff.of("zenstack/schema.zmodel", before, after));
    }

    @Test
    void mergesChangesThatAreCloseIntoOneHunk() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
        String after = "a\nB\nc\nd\ne\nf\ng\nH\ni\n";
        assertEquals("""
                --- a/s.zmodel
                +++ b/s.zmodel
                @@ -1,9 +1,9 @@
                 a
                -b
                +B
                 c
                 d
                 e
                 f
                 g
                -h
                +H
                 i
                """, UnifiedDiff.of("s.zmodel", before, after));
    }

    @Test
    void aNewFileIsAllInsertions() {
        assertEquals("""
                --- /dev/null
                +++ b/new.zmodel
                @@ -0,0 +1,2 @@
                +x
                +y
                """, UnifiedDiff.of("new.zmodel", null, "x\ny\n"));
    }
}
