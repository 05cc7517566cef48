package dev.wasm4j.internal.text;

import java.util.List;

/**
 * An annotation {@code (@name ...)} the encoder cares about (the others are dropped by the lexer).
 *
 * @param name the annotation id, e.g. {@code custom}
 * @param open the {@code (@} token, for error positions
 * @param body the tokens between the id and the closing parenthesis
 * @param followingToken index of the main-stream token that follows the annotation; tells where it sits
 */
record Annotation(String name, Token open, List<Token> body, int followingToken) {}
