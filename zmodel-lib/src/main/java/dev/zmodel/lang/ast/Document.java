package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * One ZModel file: imports, declarations in source order, and comments after the last declaration.
 * {@code path} is the file the document was read from (or will be written to); may be null for text
 * parsed from a string.
 */
public record Document(
        String path, List<Import> imports, List<Declaration> declarations, List<Comment> trailingComments) {
    public Document {
        imports = List.copyOf(imports);
        declarations = List.copyOf(declarations);
        trailingComments = List.copyOf(trailingComments);
    }

    public List<DataModel> models() {
        return declarations.stream()
                .filter(DataModel.class::isInstance)
                .map(DataModel.class::cast)
                .toList();
    }

    public List<EnumDecl> enums() {
        return declarations.stream()
                .filter(EnumDecl.class::isInstance)
                .map(EnumDecl.class::cast)
                .toList();
    }

    public Optional<ConfigBlock> datasource() {
        return declarations.stream()
                .filter(d -> d instanceof ConfigBlock c && c.kind() == ConfigBlock.Kind.DATASOURCE)
                .map(ConfigBlock.class::cast)
                .findFirst();
    }

    public Document withDeclarations(List<Declaration> newDeclarations) {
        return new Document(path, imports, newDeclarations, trailingComments);
    }
}
