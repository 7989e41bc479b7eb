package org.dyad.text.token;

/** What a token is, as far as a rule tokenizer can tell without tagging. */
public enum TokenKind {
    /** A word, possibly hyphenated or with internal periods ({@code U.S.}, {@code Hashemi-Rafsanjani}). */
    WORD,
    /** Digits, possibly with separators, ordinal suffix or range ({@code 1991}, {@code 50,000}, {@code 10-11}, {@code 3rd}). */
    NUMBER,
    /** The possessive {@code 's} or a lone apostrophe after a plural. */
    POSSESSIVE,
    /** A clitic such as {@code n't}, {@code 're}, {@code 'll}. */
    CLITIC,
    /** Punctuation. */
    PUNCT;

    static final TokenKind[] VALUES = values();
}
