package org.dyad.text.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Multi-word phrases by token, for longest-match lookup over a sentence: each node is a token
 * and the values of phrases that end there. Lookups allocate nothing.
 *
 * @param <V> the value of a phrase (an actor entry, an agent)
 */
public final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    private static final class Node<V> {
        private Map<String, Node<V>> next;
        private List<V> values;
    }

    /** Adds a phrase (upper-case tokens) with its value; a phrase may carry several values. */
    public void put(String[] tokens, V value) {
        Node<V> n = root;
        for (String t : tokens) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    /**
     * The length of the longest phrase starting at {@code from} of the tokens given by
     * {@code token} (null past the end), or 0.
     */
    public int longest(IntFunction<String> token, int from) {
        Node<V> n = root;
        int best = 0;
        for (int i = from; ; i++) {
            String t = token.apply(i);
            if (t == null || n.next == null) {
                return best;
            }
            n = n.next.get(t);
            if (n == null) {
                return best;
            }
            if (n.values != null) {
                best = i - from + 1;
            }
        }
    }

    /** As {@link #longest(IntFunction, int)} over an array of tokens of which the first {@code size} count. */
    public int longest(String[] tokens, int size, int from) {
        Node<V> n = root;
        int best = 0;
        for (int i = from; i < size; i++) {
            if (n.next == null) {
                return best;
            }
            n = n.next.get(tokens[i]);
            if (n == null) {
                return best;
            }
            if (n.values != null) {
                best = i - from + 1;
            }
        }
        return best;
    }

    /** As {@link #values(IntFunction, int, int)} over an array of tokens. */
    public List<V> values(String[] tokens, int size, int from, int length) {
        Node<V> n = root;
        for (int i = from; i < from + length; i++) {
            if (i >= size || n.next == null) {
                return List.of();
            }
            n = n.next.get(tokens[i]);
            if (n == null) {
                return List.of();
            }
        }
        return n.values == null ? List.of() : n.values;
    }

    /** The values of the phrase of exactly {@code length} tokens at {@code from}, or an empty list. */
    public List<V> values(IntFunction<String> token, int from, int length) {
        Node<V> n = root;
        for (int i = from; i < from + length; i++) {
            String t = token.apply(i);
            if (t == null || n.next == null) {
                return List.of();
            }
            n = n.next.get(t);
            if (n == null) {
                return List.of();
            }
        }
        return n.values == null ? List.of() : n.values;
    }

    public int size() {
        return size;
    }
}
