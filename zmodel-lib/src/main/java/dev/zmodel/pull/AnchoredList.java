package dev.zmodel.pull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds an ordered list from the user's order with new items placed where the fresh schema has them: each
 * new item goes right after the item of the nearest preceding fresh position (of the same category) that is
 * already in the list — a new column lands after the field of the column before it, not at the end. Without
 * a preceding one it goes right before the nearest following one; without either, after the last item of its
 * category (fields before block attributes).
 */
final class AnchoredList<T> {
    private static final class Item<T> {
        final T value;
        final int category;
        int fresh;

        Item(T value, int fresh, int category) {
            this.value = value;
            this.fresh = fresh;
            this.category = category;
        }
    }

    private final List<Item<T>> items = new ArrayList<>();
    private final List<TreeMap<Integer, Item<T>>> byFresh = new ArrayList<>();

    /** Appends an item of the existing order; {@code fresh} is its position in the fresh order, or -1. */
    void add(T value, int fresh, int category) {
        Item<T> item = new Item<>(value, fresh, category);
        items.add(item);
        index(item);
    }

    /** Inserts a new item after the nearest preceding fresh position of its category that is present. */
    void insert(T value, int fresh, int category) {
        Item<T> item = new Item<>(value, fresh, category);
        var before = category(category).floorEntry(fresh - 1);
        var after = category(category).ceilingEntry(fresh + 1);
        int at;
        if (before != null) {
            at = indexOf(before.getValue()) + 1;
        } else if (after != null) {
            at = indexOf(after.getValue());
        } else {
            at = items.size();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).category > category) {
                    at = i;
                    break;
                }
            }
        }
        items.add(at, item);
        index(item);
    }

    /**
     * Puts the items of a category that have a fresh position into fresh order, within the slots they
     * occupy (an enum's values follow the database order; comments travel with their values).
     */
    void sortByFresh(int category) {
        List<Integer> slots = new ArrayList<>();
        List<Item<T>> sorted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item<T> item = items.get(i);
            if (item.category == category && item.fresh >= 0) {
                slots.add(i);
                sorted.add(item);
            }
        }
        sorted.sort((a, b) -> Integer.compare(a.fresh, b.fresh));
        for (int i = 0; i < slots.size(); i++) {
            items.set(slots.get(i), sorted.get(i));
        }
    }

    List<T> values() {
        return items.stream().map(i -> i.value).toList();
    }

    private int indexOf(Item<T> item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        return items.size() - 1;
    }

    private void index(Item<T> item) {
        if (item.fresh >= 0) {
            category(item.category).putIfAbsent(item.fresh, item);
        }
    }

    private TreeMap<Integer, Item<T>> category(int category) {
        while (byFresh.size() <= category) {
            byFresh.add(new TreeMap<>());
        }
        return byFresh.get(category);
    }
}
