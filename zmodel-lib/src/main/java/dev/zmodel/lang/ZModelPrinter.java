package dev.zmodel.lang;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.AttributeDecl;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.FunctionDecl;
import dev.zmodel.lang.ast.Import;
import dev.zmodel.lang.ast.Member;
import dev.zmodel.lang.ast.ProcedureDecl;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.lang.ast.TypeRef;

import java.util.List;

/**
 * Prints a {@link Document} in canonical ZModel style (ZenStack's formatter): 4-space indentation; in
 * models, views and types the field types start one column after the longest field name and the first
 * attributes one column after the longest type; enum value attributes aligned the same way; config fields
 * aligned on {@code =}; one blank line between declarations and before block attributes that follow
 * fields; a blank line the user left between members kept (several collapse to one); every comment kept.
 */
public final class ZModelPrinter {
    static final String INDENT = "    ";

    private ZModelPrinter() {}

    public static String print(Document document) {
        StringBuilder out = new StringBuilder();
        if (!document.imports().isEmpty()) {
            LineWriter imports = new LineWriter();
            for (Import i : document.imports()) {
                imports.leading("", i.trivia());
                imports.row(
                        "",
                        "import " + ExpressionPrinter.literal(i.path()) + (i.semicolon() ? ";" : ""),
                        i.trivia().trailing());
            }
            imports.writeTo(out);
        }
        for (Declaration d : document.declarations()) {
            separate(out);
            declaration(out, d);
        }
        if (!document.trailingComments().isEmpty()) {
            separate(out);
            LineWriter tail = new LineWriter();
            tail.comments("", document.trailingComments());
            tail.writeTo(out);
        }
        return out.toString();
    }

    /** Prints one declaration (with its comments), as it would appear in a document. */
    public static String print(Declaration declaration) {
        StringBuilder out = new StringBuilder();
        declaration(out, declaration);
        return out.toString();
    }

    private static void separate(StringBuilder out) {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    private static void declaration(StringBuilder out, Declaration d) {
        LineWriter head = new LineWriter();
        head.leading("", d.trivia());
        head.writeTo(out);
        if (d instanceof ConfigBlock c) {
            configBlock(out, c);
        } else if (d instanceof DataModel m) {
            dataModel(out, m);
        } else if (d instanceof EnumDecl e) {
            enumDecl(out, e);
        } else if (d instanceof AttributeDecl a) {
            attributeDecl(out, a);
        } else if (d instanceof FunctionDecl f) {
            functionDecl(out, f);
        } else if (d instanceof ProcedureDecl p) {
            procedureDecl(out, p);
        }
    }

    private static void closing(StringBuilder out, String text, Trivia trivia) {
        out.append(text);
        if (trivia.trailing() != null) {
            out.append(' ').append(trivia.trailing().text());
        }
        out.append('\n');
    }

    private static void configBlock(StringBuilder out, ConfigBlock block) {
        out.append(block.kind().keyword()).append(' ').append(block.name()).append(" {\n");
        int width =
                block.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        LineWriter body = new LineWriter();
        boolean first = true;
        for (ConfigField f : block.fields()) {
            if (!first && f.trivia().blankLineBefore()) {
                body.blank();
            }
            body.leading(INDENT, f.trivia());
            body.row(
                    INDENT,
                    pad(f.name(), width) + " = " + ExpressionPrinter.print(f.value()),
                    f.trivia().trailing());
            first = false;
        }
        body.comments(INDENT, block.innerComments());
        body.writeTo(out);
        closing(out, "}", block.trivia());
    }

    private static void dataModel(StringBuilder out, DataModel model) {
        out.append(model.kind().keyword()).append(' ').append(model.name());
        if (model.superModel() != null) {
            out.append(" extends ").append(model.superModel());
        }
        if (!model.mixins().isEmpty()) {
            out.append(" with ").append(String.join(", ", model.mixins()));
        }
        out.append(" {\n");
        int nameWidth = 0;
        int typeWidth = 0;
        for (Field f : model.fields()) {
            nameWidth = Math.max(nameWidth, f.name().length());
            typeWidth = Math.max(typeWidth, typeText(f.type()).length());
        }
        LineWriter body = new LineWriter();
        Member previous = null;
        for (Member m : model.members()) {
            separateMember(body, previous, m);
            body.leading(INDENT, m.trivia());
            String text;
            if (m instanceof Field f) {
                text = pad(f.name(), nameWidth) + " " + typeText(f.type());
                if (!f.attributes().isEmpty()) {
                    text = pad(text, nameWidth + 1 + typeWidth) + " " + attributes(f.attributes());
                }
            } else {
                text = ExpressionPrinter.print(((BlockAttribute) m).attribute());
            }
            body.row(INDENT, text, m.trivia().trailing());
            previous = m;
        }
        body.comments(INDENT, model.innerComments());
        body.writeTo(out);
        closing(out, "}", model.trivia());
    }

    private static void enumDecl(StringBuilder out, EnumDecl e) {
        out.append("enum ").append(e.name()).append(" {\n");
        int nameWidth =
                e.values().stream().mapToInt(v -> v.name().length()).max().orElse(0);
        LineWriter body = new LineWriter();
        Member previous = null;
        for (Member m : e.members()) {
            separateMember(body, previous, m);
            body.leading(INDENT, m.trivia());
            String text;
            if (m instanceof EnumValue v) {
                text = v.attributes().isEmpty()
                        ? v.name()
                        : pad(v.name(), nameWidth) + " " + attributes(v.attributes());
            } else {
                text = ExpressionPrinter.print(((BlockAttribute) m).attribute());
            }
            body.row(INDENT, text, m.trivia().trailing());
            previous = m;
        }
        body.comments(INDENT, e.innerComments());
        body.writeTo(out);
        closing(out, "}", e.trivia());
    }

    /** A blank line where the user had one, and between fields (or values) and block attributes. */
    private static void separateMember(LineWriter body, Member previous, Member current) {
        if (previous == null) {
            return;
        }
        boolean kindChanges = previous instanceof BlockAttribute != current instanceof BlockAttribute;
        if (current.trivia().blankLineBefore() || kindChanges) {
            body.blank();
        }
    }

    private static void attributeDecl(StringBuilder out, AttributeDecl a) {
        out.append("attribute ").append(a.name());
        parameters(
                out,
                a.params().stream()
                        .map(p -> (p.positional() ? "_ " : "") + p.name() + ": " + typeRef(p.type())
                                + (p.attributes().isEmpty() ? "" : " " + attributes(p.attributes())))
                        .toList(),
                a.params().stream().map(AttributeDecl.AttributeParam::trivia).toList());
        if (!a.attributes().isEmpty()) {
            out.append(' ').append(attributes(a.attributes()));
        }
        closing(out, "", a.trivia());
    }

    private static void functionDecl(StringBuilder out, FunctionDecl f) {
        out.append("function ").append(f.name());
        functionParams(out, f.params());
        out.append(": ").append(typeRef(f.returnType())).append(" {\n");
        if (f.body() != null) {
            out.append(INDENT).append(ExpressionPrinter.print(f.body())).append('\n');
        }
        String end = "}" + (f.attributes().isEmpty() ? "" : " " + attributes(f.attributes()));
        closing(out, end, f.trivia());
    }

    private static void procedureDecl(StringBuilder out, ProcedureDecl p) {
        out.append(p.mutation() ? "mutation procedure " : "procedure ").append(p.name());
        functionParams(out, p.params());
        out.append(": ").append(typeRef(p.returnType()));
        if (!p.attributes().isEmpty()) {
            out.append(' ').append(attributes(p.attributes()));
        }
        closing(out, "", p.trivia());
    }

    private static void functionParams(StringBuilder out, List<FunctionDecl.Param> params) {
        parameters(
                out,
                params.stream().map(p -> p.name() + ": " + typeRef(p.type())).toList(),
                params.stream().map(FunctionDecl.Param::trivia).toList());
    }

    /**
     * {@code (a, b)} on one line; one parameter per line when a parameter carries comments, so that line
     * comments stay line comments.
     */
    private static void parameters(StringBuilder out, List<String> texts, List<Trivia> trivia) {
        out.append('(');
        if (trivia.stream().allMatch(Trivia::isEmpty)) {
            out.append(String.join(", ", texts));
        } else {
            out.append('\n');
            LineWriter lines = new LineWriter();
            for (int i = 0; i < texts.size(); i++) {
                lines.leading(INDENT, trivia.get(i));
                lines.row(
                        INDENT,
                        texts.get(i) + (i < texts.size() - 1 ? "," : ""),
                        trivia.get(i).trailing());
            }
            lines.writeTo(out);
        }
        out.append(')');
    }

    /** The text of a field type, which is also its width for alignment. */
    public static String typeText(FieldType type) {
        String base = type.isUnsupported()
                ? "Unsupported(" + ExpressionPrinter.literal(type.unsupported()) + ")"
                : type.name();
        return base + (type.list() ? "[]" : "") + (type.optional() ? "?" : "");
    }

    static String typeRef(TypeRef t) {
        return t.name() + (t.list() ? "[]" : "") + (t.optional() ? "?" : "");
    }

    private static String attributes(List<Attribute> attrs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < attrs.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(ExpressionPrinter.print(attrs.get(i)));
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
