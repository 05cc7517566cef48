package dev.wasm4j.internal.text.wast;

import dev.wasm4j.internal.text.DeepNesting;
import dev.wasm4j.internal.text.Lexer;
import dev.wasm4j.internal.text.Literals;
import dev.wasm4j.internal.text.TextParseException;
import dev.wasm4j.internal.text.Token;
import dev.wasm4j.internal.text.TokenCursor;
import dev.wasm4j.internal.text.TokenKind;
import dev.wasm4j.internal.text.TokenList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses WAST scripts (the spec test suite's format) into {@link WastScript}s.
 *
 * <p>Modules are not encoded here: text modules are kept as source ranges and encoded by
 * {@link WastModule#encode()}, so a malformed quoted module only fails when the runner asks.
 */
public final class WastParser {
    private final TokenList tokens;
    private final TokenCursor c;
    private final byte[] source;
    private final String sourceName;

    private WastParser(byte[] source, String sourceName) {
        this.source = source;
        this.sourceName = sourceName;
        this.tokens = Lexer.lex(source, 0, source.length, 1, 1, sourceName);
        this.c = new TokenCursor(tokens, 0);
    }

    /** Parses a whole script; throws {@link TextParseException} if the script itself is malformed. */
    public static WastScript parse(String source, String sourceName) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return DeepNesting.parse(() -> new WastParser(bytes, sourceName).script(), sourceName);
    }

    private WastScript script() {
        List<WastCommand> commands = new ArrayList<>();
        while (c.peekKind() != TokenKind.EOF) {
            if (!c.atLParen()) {
                throw c.unexpected();
            }
            String kw = c.sexprKeyword();
            if (kw != null && isModuleField(kw)) {
                commands.add(bareModule());
            } else {
                commands.add(command(kw));
            }
        }
        c.next(); // reports a lexical error at the end, if any
        return new WastScript(sourceName, commands);
    }

    private static boolean isModuleField(String kw) {
        return switch (kw) {
            case "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem",
                    "data" -> true;
            default -> false;
        };
    }

    /** A script of bare module fields denotes one module; consecutive fields are grouped. */
    private WastCommand bareModule() {
        Token first = c.peek();
        Token last = first;
        while (c.atLParen() && c.sexprKeyword() != null && isModuleField(c.sexprKeyword())) {
            c.skipSExpr();
            last = tokens.get(c.position() - 1);
        }
        ModuleSource src = new ModuleSource.Text(Arrays.copyOfRange(source, first.start(), last.end()),
                first.line(), first.column(), sourceName);
        return new WastCommand.DefineModule(first.line(),
                new WastModule(first.line(), Optional.empty(), ModuleKind.TEXT, false, src));
    }

    private WastCommand command(String kw) {
        int line = c.peek().line();
        if (kw == null) {
            Token head = c.peek(1);
            c.skipSExpr();
            return new WastCommand.Unsupported(line, head.kind() == TokenKind.EOF ? "()" : tokens.text(head));
        }
        switch (kw) {
            case "module" -> {
                return moduleCommand();
            }
            case "register" -> {
                c.expectSExpr("register");
                String name = string(c.name());
                Optional<String> id = optId();
                c.expectRParen();
                return new WastCommand.Register(line, name, id);
            }
            case "invoke", "get" -> {
                return new WastCommand.Action(line, action());
            }
            case "assert_return" -> {
                c.expectSExpr(kw);
                WastAction action = action();
                List<WastExpected> expected = new ArrayList<>();
                while (c.atLParen()) {
                    expected.add(expected());
                }
                c.expectRParen();
                return new WastCommand.AssertReturn(line, action, expected);
            }
            case "assert_trap" -> {
                c.expectSExpr(kw);
                if (c.atSExpr("module")) {
                    WastModule module = module();
                    String message = message();
                    return new WastCommand.AssertModuleTrap(line, module, message);
                }
                WastAction action = action();
                return new WastCommand.AssertTrap(line, action, message());
            }
            case "assert_exhaustion" -> {
                c.expectSExpr(kw);
                WastAction action = action();
                return new WastCommand.AssertExhaustion(line, action, message());
            }
            case "assert_exception" -> {
                c.expectSExpr(kw);
                WastAction action = action();
                c.expectRParen();
                return new WastCommand.AssertException(line, action);
            }
            case "assert_malformed", "assert_invalid", "assert_unlinkable", "assert_uninstantiable",
                    "assert_malformed_custom", "assert_invalid_custom" -> {
                c.expectSExpr(kw);
                WastModule module = module();
                String message = message();
                return switch (kw) {
                    case "assert_malformed" -> new WastCommand.AssertMalformed(line, module, message);
                    case "assert_invalid" -> new WastCommand.AssertInvalid(line, module, message);
                    case "assert_unlinkable" -> new WastCommand.AssertUnlinkable(line, module, message);
                    case "assert_uninstantiable" -> new WastCommand.AssertUninstantiable(line, module, message);
                    case "assert_malformed_custom" -> new WastCommand.AssertMalformedCustom(line, module, message);
                    default -> new WastCommand.AssertInvalidCustom(line, module, message);
                };
            }
            default -> {
                c.skipSExpr();
                return new WastCommand.Unsupported(line, kw);
            }
        }
    }

    /** The failure message closing an assertion, then its ')'. */
    private String message() {
        String m = string(c.string());
        c.expectRParen();
        return m;
    }

    private Optional<String> optId() {
        return Optional.ofNullable(c.optId());
    }

    private static String string(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private WastCommand moduleCommand() {
        int line = c.peek().line();
        if (c.peek(2).kind() == TokenKind.KEYWORD && tokens.text(c.peek(2)).equals("instance")) {
            c.expectSExpr("module");
            c.next();
            Optional<String> instance = optId();
            Optional<String> definition = optId();
            c.expectRParen();
            return new WastCommand.InstantiateModule(line, instance, definition);
        }
        return new WastCommand.DefineModule(line, module());
    }

    /** {@code (module definition? $id? (binary|quote)? ...)}. */
    private WastModule module() {
        Token open = c.peek();
        c.expectSExpr("module");
        boolean definition = false;
        if (c.atKeyword("definition")) {
            c.next();
            definition = true;
        }
        Token afterHeader = tokens.get(c.position() - 1);
        Optional<String> id = Optional.empty();
        if (c.peekKind() == TokenKind.ID) {
            afterHeader = c.peek();
            id = optId();
        }
        if (c.atKeyword("binary") || c.atKeyword("quote")) {
            boolean binary = c.atKeyword("binary");
            c.next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean firstString = true;
            while (!c.atRParen()) {
                if (!binary && !firstString) {
                    bytes.write(' ');
                }
                bytes.writeBytes(c.string());
                firstString = false;
            }
            c.expectRParen();
            ModuleSource src = binary
                    ? new ModuleSource.Binary(bytes.toByteArray())
                    : new ModuleSource.Quote(bytes.toByteArray(), sourceName + ":" + open.line() + ":quote");
            return new WastModule(open.line(), id, binary ? ModuleKind.BINARY : ModuleKind.QUOTE, definition, src);
        }
        // Text: keep the source from just after the header to the closing ')' for lazy encoding.
        int start = afterHeader.end();
        int column = afterHeader.column() + (afterHeader.end() - afterHeader.start());
        while (!c.atRParen()) {
            if (c.atLParen()) {
                c.skipSExpr();
            } else {
                throw c.unexpected();
            }
        }
        Token close = c.peek();
        c.expectRParen();
        ModuleSource src = new ModuleSource.Text(Arrays.copyOfRange(source, start, close.start()),
                afterHeader.line(), column, sourceName);
        return new WastModule(open.line(), id, ModuleKind.TEXT, definition, src);
    }

    private WastAction action() {
        if (c.atSExpr("invoke")) {
            c.expectSExpr("invoke");
            Optional<String> id = optId();
            String name = string(c.name());
            List<WastValue> args = new ArrayList<>();
            while (c.atLParen()) {
                args.add(value());
            }
            c.expectRParen();
            return new WastAction.Invoke(id, name, args);
        }
        if (c.atSExpr("get")) {
            c.expectSExpr("get");
            Optional<String> id = optId();
            String name = string(c.name());
            c.expectRParen();
            return new WastAction.Get(id, name);
        }
        throw c.unexpected();
    }

    /** An argument constant. */
    private WastValue value() {
        c.expectLParen();
        Token head = c.peek();
        String kw = c.keyword();
        WastValue v = switch (kw) {
            case "i32.const" -> new WastValue.I32(Literals.i32(c.next(), tokens));
            case "i64.const" -> new WastValue.I64(Literals.i64(c.next(), tokens));
            case "f32.const" -> new WastValue.F32(Literals.f32(c.next(), tokens));
            case "f64.const" -> new WastValue.F64(Literals.f64(c.next(), tokens));
            case "v128.const" -> new WastValue.V128(Literals.v128(c));
            case "ref.null" -> new WastValue.RefNull(heapTypeName());
            case "ref.extern" -> new WastValue.RefExtern(TokenCursor.u64(c.nat(), tokens));
            case "ref.host" -> new WastValue.RefHost(TokenCursor.u64(c.nat(), tokens));
            default -> throw c.error(head, "unexpected token");
        };
        c.expectRParen();
        return v;
    }

    /** The heap type of {@code ref.null} as written: a keyword, or a type index/id. */
    private String heapTypeName() {
        Token t = c.peek();
        if (t.kind() == TokenKind.KEYWORD || t.kind() == TokenKind.NAT) {
            c.next();
            return tokens.text(t);
        }
        if (t.kind() == TokenKind.ID) {
            c.next();
            return "$" + tokens.idName(t);
        }
        throw c.unexpected();
    }

    private WastExpected expected() {
        c.expectLParen();
        Token head = c.peek();
        String kw = c.keyword();
        WastExpected e = switch (kw) {
            case "i32.const" -> new WastExpected.Exact(new WastValue.I32(Literals.i32(c.next(), tokens)));
            case "i64.const" -> new WastExpected.Exact(new WastValue.I64(Literals.i64(c.next(), tokens)));
            case "f32.const" -> {
                NanKind nan = nanPattern();
                yield nan != null
                        ? new WastExpected.F32Nan(nan)
                        : new WastExpected.Exact(new WastValue.F32(Literals.f32(c.next(), tokens)));
            }
            case "f64.const" -> {
                NanKind nan = nanPattern();
                yield nan != null
                        ? new WastExpected.F64Nan(nan)
                        : new WastExpected.Exact(new WastValue.F64(Literals.f64(c.next(), tokens)));
            }
            case "v128.const" -> v128Pattern();
            case "ref.null" -> c.atRParen()
                    ? new WastExpected.RefOfKind(RefKind.NULL)
                    : new WastExpected.Exact(new WastValue.RefNull(heapTypeName()));
            case "ref.extern" -> c.peekKind() == TokenKind.NAT
                    ? new WastExpected.Exact(new WastValue.RefExtern(TokenCursor.u64(c.nat(), tokens)))
                    : new WastExpected.RefOfKind(RefKind.EXTERN);
            case "ref.host" -> new WastExpected.Exact(new WastValue.RefHost(TokenCursor.u64(c.nat(), tokens)));
            case "ref.func" -> c.peekKind() == TokenKind.NAT
                    ? new WastExpected.FuncRef(TokenCursor.u64(c.nat(), tokens))
                    : new WastExpected.RefOfKind(RefKind.FUNC);
            case "either" -> {
                List<WastExpected> alternatives = new ArrayList<>();
                while (c.atLParen()) {
                    alternatives.add(expected());
                }
                yield new WastExpected.Either(alternatives);
            }
            default -> {
                RefKind kind = RefKind.ofSyntax(kw);
                if (kind == null) {
                    throw c.error(head, "unexpected token");
                }
                yield new WastExpected.RefOfKind(kind);
            }
        };
        c.expectRParen();
        return e;
    }

    private NanKind nanPattern() {
        if (c.atKeyword("nan:canonical")) {
            c.next();
            return NanKind.CANONICAL;
        }
        if (c.atKeyword("nan:arithmetic")) {
            c.next();
            return NanKind.ARITHMETIC;
        }
        return null;
    }

    private WastExpected v128Pattern() {
        Token shapeToken = c.peek();
        String shape = shapeToken.kind() == TokenKind.KEYWORD ? tokens.text(shapeToken) : "";
        int n = Literals.laneCount(shape);
        if (n == 0) {
            throw c.unexpected();
        }
        c.next();
        boolean floats = shape.startsWith("f");
        int given = Literals.countLanes(c, floats);
        if (given != n) {
            throw c.error(c.peek(Math.min(given, n)), "wrong number of lane literals");
        }
        List<WastExpected.Lane> lanes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NanKind nan = floats ? nanPattern() : null;
            if (nan != null) {
                lanes.add(new WastExpected.Lane.Nan(nan));
            } else {
                lanes.add(new WastExpected.Lane.Bits(Literals.lane(shape, c.next(), tokens)));
            }
        }
        return new WastExpected.V128(shape, lanes);
    }
}
