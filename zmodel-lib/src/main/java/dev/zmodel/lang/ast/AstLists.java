package dev.zmodel.lang.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The AST records' list lookups as plain loops: they run for every field and attribute of a pulled schema, mostly
 * on a cold JVM, where a stream costs several objects per call.
 */
final class AstLists {
    private AstLists() {}

    /** The members of one kind, in order (unmodifiable). */
    static <T> List<T> ofType(List<Member> members, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (type.isInstance(members.get(i))) {
                out.add(type.cast(members.get(i)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The attributes of the block attributes among {@code members}, in order (unmodifiable). */
    static List<Attribute> blockAttributes(List<Member> members) {
        List<Attribute> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof BlockAttribute b) {
                out.add(b.attribute());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The first attribute called {@code name}. */
    static Optional<Attribute> first(List<Attribute> attributes, String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                return Optional.of(attributes.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first block attribute called {@code name} among {@code members}. */
    static Optional<Attribute> firstBlock(List<Member> members, String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof BlockAttribute b
                    && b.attribute().name().equals(name)) {
                return Optional.of(b.attribute());
            }
        }
        return Optional.empty();
    }
}
