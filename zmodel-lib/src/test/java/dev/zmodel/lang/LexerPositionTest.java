package dev.zmodel.lang;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every token's line, column and offset: columns count characters (a tab is one), a {@code \r} before a
 * {@code \n} is not a column, and escapes in strings are two characters.
 */
class LexerPositionTest {
    private static List<String> tokens(String text) {
        return Lexer.lex(text, "s.zmodel").tokens().stream()
                .map(t -> t.kind() + " " + t.text() + " " + t.start().line() + ":"
                        + t.start().column() + "@"
                        + t.start().offset() + "-" + t.end().line() + ":"
                        + t.end().column() + "@"
                        + t.end().offset())
                .toList();
    }

    @Test
    void blanksTabsAndNamesMoveTheColumnByTheirLength() {
        assertEquals(
                List.of(
                        "IDENT model 1:1@0-1:6@5",
                        "IDENT User_2 1:9@8-1:15@14",
                        "LBRACE { 1:16@15-1:17@16",
                        "IDENT id 2:2@18-2:4@20",
                        "IDENT Int 2:8@24-2:11@27",
                        "ATTRIBUTE @db.VarChar 2:13@29-2:24@40",
                        "LPAREN ( 2:24@40-2:25@41",
                        "NUMBER 20 2:25@41-2:27@43",
                        "RPAREN ) 2:27@43-2:28@44",
                        "RBRACE } 3:1@45-3:2@46",
                        "EOF  4:1@47-4:1@47"),
                tokens("model \t User_2 {\n\tid    Int  @db.VarChar(20)\n}\n"));
    }

    @Test
    void stringsWithEscapesAndWindowsLineEnds() {
        assertEquals(
                List.of(
                        "IDENT a 1:1@0-1:2@1",
                        "STRING \"x\\\"y\" 1:3@2-1:9@8",
                        "IDENT b 2:1@10-2:2@11",
                        "STRING 'it\\'s' 2:4@13-2:11@20",
                        "IDENT c 3:1@21-3:2@22",
                        "EOF  3:2@22-3:2@22"),
                tokens("a \"x\\\"y\"\r\nb  'it\\'s'\nc"));
    }

    @Test
    void unterminatedStringsOperatorsAndTokensAfterMultiLineComments() {
        // An unterminated string is closed in its text, but its range ends where its line ends
        assertEquals(
                List.of(
                        "IDENT a 1:1@0-1:2@1",
                        "STRING \"bc\" 1:3@2-1:6@5",
                        "IDENT x 2:1@6-2:2@7",
                        "LE <= 2:3@8-2:5@10",
                        "IDENT y 2:6@11-2:7@12",
                        "AND && 2:8@13-2:10@15",
                        "IDENT z 4:4@33-4:5@34",
                        "EOF  4:5@34-4:5@34"),
                tokens("a \"bc\nx <= y && /* one\ntwo */\n   z"));
    }
}
