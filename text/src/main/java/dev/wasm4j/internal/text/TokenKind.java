package dev.wasm4j.internal.text;

/** The lexical classes of the text format; numbers are split the way the grammar consumes them. */
public enum TokenKind {
    LPAREN,
    RPAREN,
    /** Starts with a lowercase letter: instruction names, field keywords, {@code offset=4}, ... */
    KEYWORD,
    /** {@code $name} or {@code $"name"}. */
    ID,
    STRING,
    /** Unsigned integer literal: decimal or hexadecimal digits. */
    NAT,
    /** Signed integer literal: {@code +} or {@code -} then a NAT. */
    INT,
    /** Any other number literal: fractions, exponents, {@code inf}, {@code nan}, {@code nan:0x..}. */
    FLOAT,
    /** A character run that is no valid token; using it is an "unknown operator" error. */
    RESERVED,
    /** A lexical error; the parser reports it when it reaches this position. */
    ERROR,
    EOF
}
