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
 *
 * <p>One printer instance writes one output into one builder, through one {@link LineWriter} reused for every
 * block: a pulled schema has tens of thousands of fields, so no string is made per field or attribute.
 */
public final class ZModelPrinter {
    static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();
    /** The lines of the block being printed; every use ends with {@link LineWriter#writeTo}, which empties it. */
    private final LineWriter lines = new LineWriter();

    private ZModelPrinter() {}

    public static String print(Document document) {
        ZModelPrinter p = new ZModelPrinter();
        p.document(document);
        return p.out.toString();
    }

    /** Prints one declaration (with its comments), as it would appear in a document. */
    public static String print(Declaration declaration) {
        ZModelPrinter p = new ZModelPrinter();
        p.declaration(declaration);
        return p.out.toString();
    }

    private void document(Document document) {
        if (!document.imports().isEmpty()) {
            for (Import i : document.imports()) {
                lines.leading("", i.trivia());
                StringBuilder row = lines.startRow("").append("import ");
                ExpressionPrinter.appendLiteral(row, i.path());
                if (i.semicolon()) {
                    row.append(';');
                }
                lines.endRow(i.trivia().trailing());
            }
            lines.writeTo(out);
        }
        for (Declaration d : document.declarations()) {
            separate();
            declaration(d);
        }
        if (!document.trailingComments().isEmpty()) {
            separate();
            lines.comments("", document.trailingComments());
            lines.writeTo(out);
        }
    }

    private void separate() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    private void declaration(Declaration d) {
        lines.leading("", d.trivia());
        lines.writeTo(out);
        if (d instanceof ConfigBlock c) {
            configBlock(c);
        } else if (d instanceof DataModel m) {
            dataModel(m);
        } else if (d instanceof EnumDecl e) {
            enumDecl(e);
        } else if (d instanceof AttributeDecl a) {
            attributeDecl(a);
        } else if (d instanceof FunctionDecl f) {
            functionDecl(f);
        } else if (d instanceof ProcedureDecl p) {
            procedureDecl(p);
        }
    }

    private void closing(String text, Trivia trivia) {
        out.append(text);
        if (trivia.trailing() != null) {
            out.append(' ').append(trivia.trailing().text());
        }
        out.append('\n');
    }

    private void configBlock(ConfigBlock block) {
        out.append(block.kind().keyword()).append(' ').append(block.name()).append(" {\n");
        int width = 0;
        for (ConfigField f : block.fields()) {
            width = Math.max(width, f.name().length());
        }
        boolean first = true;
        for (ConfigField f : block.fields()) {
            if (!first && f.trivia().blankLineBefore()) {
                lines.blank();
            }
            lines.leading(INDENT, f.trivia());
            StringBuilder row = lines.startRow(INDENT).append(f.name());
            lines.padTo(width);
            ExpressionPrinter.append(row.append(" = "), f.value());
            lines.endRow(f.trivia().trailing());
            first = false;
        }
        lines.comments(INDENT, block.innerComments());
        lines.writeTo(out);
        closing("}", block.trivia());
    }

    private void dataModel(DataModel model) {
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
            typeWidth = Math.max(typeWidth, typeWidth(f.type()));
        }
        Member previous = null;
        for (Member m : model.members()) {
            separateMember(previous, m);
            lines.leading(INDENT, m.trivia());
            StringBuilder row = lines.startRow(INDENT);
            if (m instanceof Field f) {
                row.append(f.name());
                lines.padTo(nameWidth);
                appendType(row.append(' '), f.type());
                if (!f.attributes().isEmpty()) {
                    lines.padTo(nameWidth + 1 + typeWidth);
                    appendAttributes(row.append(' '), f.attributes());
                }
            } else {
                ExpressionPrinter.append(row, ((BlockAttribute) m).attribute());
            }
            lines.endRow(m.trivia().trailing());
            previous = m;
        }
        lines.comments(INDENT, model.innerComments());
        lines.writeTo(out);
        closing("}", model.trivia());
    }

    private void enumDecl(EnumDecl e) {
        out.append("enum ").append(e.name()).append(" {\n");
        int nameWidth = 0;
        for (EnumValue v : e.values()) {
            nameWidth = Math.max(nameWidth, v.name().length());
        }
        Member previous = null;
        for (Member m : e.members()) {
            separateMember(previous, m);
            lines.leading(INDENT, m.trivia());
            StringBuilder row = lines.startRow(INDENT);
            if (m instanceof EnumValue v) {
                row.append(v.name());
                if (!v.attributes().isEmpty()) {
                    lines.padTo(nameWidth);
                    appendAttributes(row.append(' '), v.attributes());
                }
            } else {
                ExpressionPrinter.append(row, ((BlockAttribute) m).attribute());
            }
            lines.endRow(m.trivia().trailing());
            previous = m;
        }
        lines.comments(INDENT, e.innerComments());
        lines.writeTo(out);
        closing("}", e.trivia());
    }

    /** A blank line where the user had one, and between fields (or values) and block attributes. */
    private void separateMember(Member previous, Member current) {
        if (previous == null) {
            return;
        }
        boolean kindChanges = previous instanceof BlockAttribute != current instanceof BlockAttribute;
        if (current.trivia().blankLineBefore() || kindChanges) {
            lines.blank();
        }
    }

    private void attributeDecl(AttributeDecl a) {
        out.append("attribute ").append(a.name());
        parameters(
                a.params().stream()
                        .map(p -> (p.positional() ? "_ " : "") + p.name() + ": " + typeRef(p.type())
                                + (p.attributes().isEmpty() ? "" : " " + attributes(p.attributes())))
                        .toList(),
                a.params().stream().map(AttributeDecl.AttributeParam::trivia).toList());
        if (!a.attributes().isEmpty()) {
            appendAttributes(out.append(' '), a.attributes());
        }
        closing("", a.trivia());
    }

    private void functionDecl(FunctionDecl f) {
        out.append("function ").append(f.name());
        functionParams(f.params());
        out.append(": ").append(typeRef(f.returnType())).append(" {\n");
        if (f.body() != null) {
            ExpressionPrinter.append(out.append(INDENT), f.body());
            out.append('\n');
        }
        String end = "}" + (f.attributes().isEmpty() ? "" : " " + attributes(f.attributes()));
        closing(end, f.trivia());
    }

    private void procedureDecl(ProcedureDecl p) {
        out.append(p.mutation() ? "mutation procedure " : "procedure ").append(p.name());
        functionParams(p.params());
        out.append(": ").append(typeRef(p.returnType()));
        if (!p.attributes().isEmpty()) {
            appendAttributes(out.append(' '), p.attributes());
        }
        closing("", p.trivia());
    }

    private void functionParams(List<FunctionDecl.Param> params) {
        parameters(
                params.stream().map(p -> p.name() + ": " + typeRef(p.type())).toList(),
                params.stream().map(FunctionDecl.Param::trivia).toList());
    }

    /**
     * {@code (a, b)} on one line; one parameter per line when a parameter carries comments, so that line
     * comments stay line comments.
     */
    private void parameters(List<String> texts, List<Trivia> trivia) {
        out.append('(');
        if (trivia.stream().allMatch(Trivia::isEmpty)) {
            out.append(String.join(", ", texts));
        } else {
            out.append('\n');
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
        return appendType(new StringBuilder(), type).toString();
    }

    /** The length of {@link #typeText}, without making it. */
    private static int typeWidth(FieldType type) {
        if (type.isUnsupported()) {
            return typeText(type).length();
        }
        return type.name().length() + (type.list() ? 2 : 0) + (type.optional() ? 1 : 0);
    }

    private static StringBuilder appendType(StringBuilder out, FieldType type) {
        if (type.isUnsupported()) {
            ExpressionPrinter.appendLiteral(out.append("Unsupported("), type.unsupported());
            out.append(')');
        } else {
            out.append(type.name());
        }
        if (type.list()) {
            out.append("[]");
        }
        if (type.optional()) {
            out.append('?');
        }
        return out;
    }

    static String typeRef(TypeRef t) {
        return t.name() + (t.list() ? "[]" : "") + (t.optional() ? "?" : "");
    }

    private static String attributes(List<Attribute> attrs) {
        return appendAttributes(new StringBuilder(), attrs).toString();
    }

    private static StringBuilder appendAttributes(StringBuilder out, List<Attribute> attrs) {
        for (int i = 0; i < attrs.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            ExpressionPrinter.append(out, attrs.get(i));
        }
        return out;
    }
}
