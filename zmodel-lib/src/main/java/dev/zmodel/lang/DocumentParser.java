package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.Import;
import dev.zmodel.lang.ast.Member;
import dev.zmodel.lang.ast.ProcedureDecl;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.lang.ast.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of ZModel declarations (ZenStack v3 grammar). Error recovery: a problem inside a
 * member skips to the next line; a problem at the top level skips to the next declaration keyword; a
 * block whose closing brace is missing ends where the next declaration starts. Every loop consumes at least
 * one token per round, so no input can make it spin.
 */
final class DocumentParser {
    private static final Set<String> DECLARATION_KEYWORDS = Set.of(
            "datasource",
            "generator",
            "plugin",
            "model",
            "view",
            "type",
            "enum",
            "attribute",
            "function",
            "procedure",
            "mutation",
            "import");

    private final TokenCursor in;
    private final CommentAttacher comments;
    private final ExpressionParser expressions;

    DocumentParser(TokenCursor in, CommentAttacher comments) {
        this.in = in;
        this.comments = comments;
        this.expressions = new ExpressionParser(in);
    }

    Document document(String path) {
        List<Import> imports = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        while (!in.atEnd()) {
            int before = in.index();
            if (in.atWord("import")) {
                if (!declarations.isEmpty()) {
                    in.error(in.peek(), "imports must come before all declarations");
                }
                imports.add(importDecl());
            } else if (atDeclarationKeyword()) {
                Declaration d = declaration();
                if (d != null) {
                    declarations.add(d);
                }
            } else {
                in.error(
                        in.peek(),
                        "unexpected token " + in.peek().describe()
                                + ": expected a declaration (model, view, type, enum, datasource, generator, plugin, "
                                + "attribute, function or procedure)");
                skipToDeclaration();
            }
            if (in.index() == before) {
                in.next(); // cannot happen by construction; keeps the loop finite regardless
            }
        }
        List<Comment> trailing = new ArrayList<>(comments.before(in.index()));
        trailing.addAll(comments.unclaimed());
        trailing.sort((a, b) ->
                Integer.compare(a.span().start().offset(), b.span().start().offset()));
        return new Document(path, imports, declarations, trailing);
    }

    private boolean atDeclarationKeyword() {
        return in.atName() && DECLARATION_KEYWORDS.contains(in.peek().text());
    }

    /**
     * A declaration seen from inside a block, stricter than the keyword alone because keywords are legal
     * field names ({@code type String}): {@code model X {}, {@code attribute @x}, {@code function f(}, ...
     */
    private boolean looksLikeDeclaration() {
        if (!in.atName()) {
            return false;
        }
        Token next = in.peek(1);
        Token after = in.peek(2);
        return switch (in.peek().text()) {
            case "model", "view", "type", "enum", "datasource", "generator", "plugin" ->
                next.is(TokenKind.IDENT)
                        && (after.is(TokenKind.LBRACE) || after.isWord("with") || after.isWord("extends"));
            case "attribute" -> next.is(TokenKind.ATTRIBUTE);
            case "function", "procedure" -> next.is(TokenKind.IDENT) && after.is(TokenKind.LPAREN);
            case "mutation" -> next.isWord("procedure");
            case "import" -> next.is(TokenKind.STRING);
            default -> false;
        };
    }

    /** Skips at least one token, then up to the next declaration at brace depth 0. */
    private void skipToDeclaration() {
        int depth = 0;
        do {
            Token t = in.next();
            if (t.is(TokenKind.LBRACE)) {
                depth++;
            } else if (t.is(TokenKind.RBRACE)) {
                depth = Math.max(0, depth - 1);
            }
        } while (!in.atEnd() && !(depth == 0 && (looksLikeDeclaration() || atDeclarationKeyword() && in.onNewLine())));
    }

    private Import importDecl() {
        int first = in.index();
        Trivia lead = comments.leading(first);
        Token keyword = in.next();
        Expr.StringLiteral path;
        if (in.at(TokenKind.STRING)) {
            Token t = in.next();
            path = new Expr.StringLiteral(StringLiterals.unquote(t.text()), t.text(), t.span());
        } else {
            in.expected("a file path string after 'import'");
            path = new Expr.StringLiteral("", null, Span.NONE);
        }
        boolean semicolon = in.accept(TokenKind.SEMICOLON);
        return new Import(path, semicolon, comments.complete(lead, first, in.index() - 1, true), in.spanFrom(keyword));
    }

    private Declaration declaration() {
        int first = in.index();
        Trivia lead = comments.leading(first);
        Token keyword = in.peek();
        Declaration d = switch (keyword.text()) {
            case "datasource" -> configBlock(ConfigBlock.Kind.DATASOURCE, lead, first);
            case "generator" -> configBlock(ConfigBlock.Kind.GENERATOR, lead, first);
            case "plugin" -> configBlock(ConfigBlock.Kind.PLUGIN, lead, first);
            case "model" -> dataModel(DataModel.Kind.MODEL, lead, first);
            case "view" -> dataModel(DataModel.Kind.VIEW, lead, first);
            case "type" -> dataModel(DataModel.Kind.TYPE, lead, first);
            case "enum" -> enumDecl(lead, first);
            case "attribute" -> attributeDecl(lead, first);
            case "function" -> functionDecl(lead, first);
            default -> procedureDecl(lead, first); // "procedure" or "mutation"
        };
        if (in.index() == first) {
            in.next();
        }
        return d;
    }

    /** The declaration's name, or null (reported) when missing. */
    private String declarationName(String what) {
        if (in.atName()) {
            return in.next().text();
        }
        in.expected("a name for the " + what);
        return null;
    }

    /** Opens a block: consumes '{' or reports it missing; returns whether the body can be parsed. */
    private boolean openBrace(String what) {
        if (in.accept(TokenKind.LBRACE)) {
            return true;
        }
        in.expected("'{' to open the body of " + what);
        skipToDeclaration();
        return false;
    }

    /**
     * At the end of a body: consumes '}' and returns the comments written before it. At the end of file or
     * when the next declaration starts, reports the missing brace (the comments before the next declaration
     * are its own). Returns null when the body goes on.
     */
    private List<Comment> closeBody(String what, Token opener) {
        if (in.at(TokenKind.RBRACE)) {
            List<Comment> inner = comments.before(in.index());
            in.next();
            return inner;
        }
        if (in.atEnd()) {
            in.error(in.previous().end(), "expected '}' to close " + what + " opened at " + opener.start());
            return comments.before(in.index());
        }
        if (looksLikeDeclaration()) {
            in.error(in.peek(), "expected '}' to close " + what + " opened at " + opener.start());
            return List.of();
        }
        return null;
    }

    private Declaration configBlock(ConfigBlock.Kind kind, Trivia lead, int first) {
        Token keyword = in.next();
        String name = declarationName(kind.keyword() + " block");
        String what = kind.keyword() + " '" + name + "'";
        List<ConfigField> fields = new ArrayList<>();
        List<Comment> inner = new ArrayList<>();
        if (name != null && openBrace(what)) {
            while (true) {
                List<Comment> end = closeBody(what, keyword);
                if (end != null) {
                    inner = end;
                    break;
                }
                int before = in.index();
                ConfigField f = configField();
                if (f != null) {
                    fields.add(f);
                }
                if (in.index() == before) {
                    in.next();
                }
            }
        }
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new ConfigBlock(kind, name == null ? "" : name, fields, inner, trivia, in.spanFrom(keyword));
    }

    private ConfigField configField() {
        int first = in.index();
        Trivia lead = comments.leading(first);
        Token nameToken = in.peek();
        if (!in.atName()) {
            in.error(nameToken, "unexpected token " + nameToken.describe() + ": expected 'name = value'");
            skipLine();
            return null;
        }
        in.next();
        if (!in.accept(TokenKind.ASSIGN)) {
            in.expected("'=' after '" + nameToken.text() + "'");
            skipLine();
            return null;
        }
        Expr value = expressions.expression();
        Trivia trivia = comments.complete(lead, first, in.index() - 1, true);
        return new ConfigField(nameToken.text(), value, trivia, in.spanFrom(nameToken));
    }

    private Declaration dataModel(DataModel.Kind kind, Trivia lead, int first) {
        Token keyword = in.next();
        String name = declarationName(kind.keyword());
        String what = kind.keyword() + " '" + name + "'";
        List<String> mixins = new ArrayList<>();
        String superModel = null;
        while (in.atWord("with") || in.atWord("extends")) {
            Token clause = in.next();
            if (clause.text().equals("extends")) {
                if (superModel != null) {
                    in.error(clause, "a model can extend only one model");
                }
                if (in.atName() && !in.atWord("with")) {
                    superModel = in.next().text();
                } else {
                    in.expected("a model name after 'extends'");
                }
            } else {
                if (!in.atName() || in.atWord("extends")) {
                    in.expected("a type name after 'with'");
                }
                while (in.atName() && !in.atWord("extends") && !in.atWord("with")) {
                    mixins.add(in.next().text());
                    if (in.accept(TokenKind.COMMA) && !in.atName()) {
                        in.expected("a type name after ','");
                    }
                }
            }
        }
        List<Member> members = new ArrayList<>();
        List<Comment> inner = new ArrayList<>();
        if (name != null && openBrace(what)) {
            inner = body(what, keyword, members, false);
        }
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new DataModel(
                kind, name == null ? "" : name, mixins, superModel, members, inner, trivia, in.spanFrom(keyword));
    }

    private Declaration enumDecl(Trivia lead, int first) {
        Token keyword = in.next();
        String name = declarationName("enum");
        String what = "enum '" + name + "'";
        List<Member> members = new ArrayList<>();
        List<Comment> inner = new ArrayList<>();
        if (name != null && openBrace(what)) {
            inner = body(what, keyword, members, true);
        }
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new EnumDecl(name == null ? "" : name, members, inner, trivia, in.spanFrom(keyword));
    }

    /** Members of a model/view/type/enum body up to its closing brace; returns the inner comments. */
    private List<Comment> body(String what, Token opener, List<Member> members, boolean isEnum) {
        while (true) {
            List<Comment> inner = closeBody(what, opener);
            if (inner != null) {
                return inner;
            }
            int before = in.index();
            Member m = member(isEnum);
            if (m != null) {
                members.add(m);
            }
            if (in.index() == before) {
                in.next();
            }
        }
    }

    private Member member(boolean isEnum) {
        int first = in.index();
        Trivia lead = comments.leading(first);
        Token t = in.peek();
        if (t.is(TokenKind.ATTRIBUTE)) {
            Attribute a = attribute();
            if (!t.text().startsWith("@@")) {
                in.error(
                        t,
                        "attribute '" + t.text() + "' must follow " + (isEnum ? "an enum value" : "a field")
                                + "; model-level attributes start with '@@'");
            }
            return new BlockAttribute(a, comments.complete(lead, first, in.index() - 1, true));
        }
        if (!in.atName()) {
            in.error(
                    t,
                    "unexpected token " + t.describe() + ": expected " + (isEnum ? "an enum value" : "a field")
                            + " or a '@@' attribute");
            skipLine();
            return null;
        }
        Token nameToken = in.next();
        if (isEnum) {
            List<Attribute> attrs = fieldAttributes(nameToken, true);
            return new EnumValue(
                    nameToken.text(),
                    attrs,
                    comments.complete(lead, first, in.index() - 1, true),
                    in.spanFrom(nameToken));
        }
        FieldType type = fieldType(nameToken);
        List<Attribute> attrs = type == null ? List.of() : fieldAttributes(nameToken, false);
        if (type == null) {
            type = new FieldType("", null, false, false, Span.NONE);
        }
        return new Field(
                nameToken.text(),
                type,
                attrs,
                comments.complete(lead, first, in.index() - 1, true),
                in.spanFrom(nameToken));
    }

    /** {@code Type}, {@code Type[]}, {@code Type?}, {@code Unsupported("...")}; null (reported) if missing. */
    private FieldType fieldType(Token fieldName) {
        Token t = in.peek();
        if (!in.atName() || in.onNewLine()) {
            in.error(
                    in.onNewLine() || in.atEnd() ? in.previous().end() : t.start(),
                    "expected a type for field '" + fieldName.text() + "' but found "
                            + (in.onNewLine() ? "end of line" : t.describe()));
            if (!in.onNewLine()) {
                skipLine();
            }
            return null;
        }
        in.next();
        Expr.StringLiteral unsupported = null;
        if (t.text().equals("Unsupported") && in.at(TokenKind.LPAREN)) {
            Token open = in.next();
            if (in.at(TokenKind.STRING)) {
                Token s = in.next();
                unsupported = new Expr.StringLiteral(StringLiterals.unquote(s.text()), s.text(), s.span());
            } else {
                in.expected("a string with the database type in Unsupported(...)");
                unsupported = new Expr.StringLiteral("", null, Span.NONE);
            }
            if (!in.accept(TokenKind.RPAREN)) {
                in.error(in.previous().end(), "expected ')' to close Unsupported( opened at " + open.start());
            }
        }
        boolean list = false;
        if (in.at(TokenKind.LBRACKET)) {
            Token open = in.next();
            if (!in.accept(TokenKind.RBRACKET)) {
                in.error(
                        in.previous().end(),
                        "expected ']' after '[' in the type of field '" + fieldName.text() + "' opened at "
                                + open.start());
            }
            list = true;
        }
        boolean optional = in.accept(TokenKind.QUESTION);
        return new FieldType(t.text(), unsupported, list, optional, in.spanFrom(t));
    }

    /**
     * Attributes after a field or enum value. {@code @x} attributes may continue on later lines (the grammar
     * ignores line breaks); {@code @@x}/{@code @@@x} count only on the same line, where they are almost
     * certainly meant for the field (the validator then reports the wrong target).
     */
    private List<Attribute> fieldAttributes(Token owner, boolean enumValue) {
        List<Attribute> attrs = new ArrayList<>();
        while (in.at(TokenKind.ATTRIBUTE)) {
            boolean modelLevel = in.peek().text().startsWith("@@");
            if (modelLevel && in.peek().start().line() != owner.start().line()) {
                break;
            }
            attrs.add(attribute());
        }
        // Several members may share a line (the grammar ignores line breaks); anything else is junk.
        if (!in.atEnd() && !in.onNewLine() && !in.at(TokenKind.RBRACE) && !in.atName() && !in.at(TokenKind.ATTRIBUTE)) {
            in.error(
                    in.peek(),
                    "unexpected token " + in.peek().describe() + " after " + (enumValue ? "enum value '" : "field '")
                            + owner.text() + "': expected an attribute or a new line");
            skipLine();
        }
        return attrs;
    }

    /** {@code @name} or {@code @name(args)}; the current token is the attribute name. */
    private Attribute attribute() {
        Token name = in.next();
        if (in.at(TokenKind.LPAREN)) {
            Token open = in.next();
            List<Argument> args = expressions.argumentsAfterOpen(open, name);
            return new Attribute(name.text(), args, true, in.spanFrom(name));
        }
        return new Attribute(name.text(), List.of(), false, name.span());
    }

    private List<Attribute> internalAttributes() {
        List<Attribute> attrs = new ArrayList<>();
        while (in.at(TokenKind.ATTRIBUTE) && in.peek().text().startsWith("@@@")) {
            attrs.add(attribute());
        }
        return attrs;
    }

    private Declaration attributeDecl(Trivia lead, int first) {
        Token keyword = in.next();
        String name = "";
        if (in.at(TokenKind.ATTRIBUTE)) {
            name = in.next().text();
        } else {
            in.expected("an attribute name such as '@name' after 'attribute'");
        }
        List<AttributeDecl.AttributeParam> params = new ArrayList<>();
        if (in.at(TokenKind.LPAREN)) {
            Token open = in.next();
            while (!in.at(TokenKind.RPAREN) && !in.atEnd() && !looksLikeDeclaration()) {
                AttributeDecl.AttributeParam p = attributeParam();
                if (p == null) {
                    break;
                }
                params.add(p);
                if (!in.accept(TokenKind.COMMA)) {
                    break;
                }
            }
            if (!in.accept(TokenKind.RPAREN)) {
                in.error(
                        in.previous().end(),
                        "expected ')' to close the parameters of attribute '" + name + "' opened at " + open.start());
            }
        } else {
            in.expected("'(' after the attribute name");
        }
        List<Attribute> attrs = internalAttributes();
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new AttributeDecl(name, params, attrs, trivia, in.spanFrom(keyword));
    }

    private AttributeDecl.AttributeParam attributeParam() {
        int first = in.index();
        Trivia lead = comments.leading(first);
        Token start = in.peek();
        boolean positional = false;
        if (in.atWord("_") && in.peek(1).is(TokenKind.IDENT)) {
            in.next();
            positional = true;
        }
        if (!in.atName()) {
            in.expected("a parameter name");
            return null;
        }
        String name = in.next().text();
        TypeRef type = typeAfterColon("parameter '" + name + "'");
        List<Attribute> attrs = internalAttributes();
        int last = in.at(TokenKind.COMMA) ? in.index() : in.index() - 1;
        Trivia trivia = comments.complete(lead, first, last, true);
        return new AttributeDecl.AttributeParam(positional, name, type, attrs, trivia, in.spanFrom(start));
    }

    /** {@code : Type[]?}; reports and returns an {@code Any} type when missing. */
    private TypeRef typeAfterColon(String owner) {
        if (!in.accept(TokenKind.COLON)) {
            in.expected("':' and a type after " + owner);
            return new TypeRef("Any", false, false, Span.NONE);
        }
        Token t = in.peek();
        if (!in.atName()) {
            in.expected("a type after ':'");
            return new TypeRef("Any", false, false, Span.NONE);
        }
        in.next();
        boolean list = false;
        if (in.at(TokenKind.LBRACKET) && in.peek(1).is(TokenKind.RBRACKET)) {
            in.next();
            in.next();
            list = true;
        }
        boolean optional = in.accept(TokenKind.QUESTION);
        return new TypeRef(t.text(), list, optional, in.spanFrom(t));
    }

    private List<FunctionDecl.Param> functionParams(String owner) {
        List<FunctionDecl.Param> params = new ArrayList<>();
        if (!in.at(TokenKind.LPAREN)) {
            in.expected("'(' after the name of " + owner);
            return params;
        }
        Token open = in.next();
        while (!in.at(TokenKind.RPAREN) && !in.atEnd() && !looksLikeDeclaration()) {
            int first = in.index();
            Trivia lead = comments.leading(first);
            if (!in.atName()) {
                in.expected("a parameter name");
                break;
            }
            Token name = in.next();
            TypeRef type = typeAfterColon("parameter '" + name.text() + "'");
            int last = in.at(TokenKind.COMMA) ? in.index() : in.index() - 1;
            params.add(new FunctionDecl.Param(
                    name.text(), type, comments.complete(lead, first, last, true), in.spanFrom(name)));
            if (!in.accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (!in.accept(TokenKind.RPAREN)) {
            in.error(
                    in.previous().end(),
                    "expected ')' to close the parameters of " + owner + " opened at " + open.start());
            skipLine();
        }
        return params;
    }

    private Declaration functionDecl(Trivia lead, int first) {
        Token keyword = in.next();
        String name = declarationName("function");
        String owner = "function '" + name + "'";
        List<FunctionDecl.Param> params = name == null ? List.of() : functionParams(owner);
        TypeRef returnType = typeAfterColon("the parameters of " + owner);
        Expr body = null;
        if (in.at(TokenKind.LBRACE)) {
            Token open = in.next();
            if (!in.at(TokenKind.RBRACE)) {
                body = expressions.expression();
            }
            if (!in.accept(TokenKind.RBRACE)) {
                in.error(
                        in.previous().end(),
                        "expected '}' to close the body of " + owner + " opened at " + open.start());
            }
        } else {
            in.expected("'{' to open the body of " + owner);
        }
        List<Attribute> attrs = internalAttributes();
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new FunctionDecl(
                name == null ? "" : name, params, returnType, body, attrs, trivia, in.spanFrom(keyword));
    }

    private Declaration procedureDecl(Trivia lead, int first) {
        Token keyword = in.next();
        boolean mutation = keyword.text().equals("mutation");
        if (mutation) {
            if (in.atWord("procedure")) {
                in.next();
            } else {
                in.expected("'procedure' after 'mutation'");
            }
        }
        String name = declarationName("procedure");
        String owner = "procedure '" + name + "'";
        List<FunctionDecl.Param> params = name == null ? List.of() : functionParams(owner);
        TypeRef returnType = typeAfterColon("the parameters of " + owner);
        List<Attribute> attrs = internalAttributes();
        Trivia trivia = comments.complete(lead, first, in.index() - 1, false);
        return new ProcedureDecl(
                mutation, name == null ? "" : name, params, returnType, attrs, trivia, in.spanFrom(keyword));
    }

    /** Skips the rest of the current line (at least one token), stopping before a closing brace. */
    private void skipLine() {
        if (in.at(TokenKind.RBRACE) || in.atEnd()) {
            return;
        }
        int line = in.peek().start().line();
        do {
            in.next();
        } while (!in.atEnd() && in.peek().start().line() == line && !in.at(TokenKind.RBRACE));
    }
}
