package dev.wasm4j.cli;

import dev.wasm4j.Engine;
import dev.wasm4j.Module;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Decodes and validates modules, printing one line per file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check that modules (.wasm or .wat) are well-formed and valid.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Module files.")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        try (Engine engine = engineOptions.engine()) {
            for (Path file : files) {
                try {
                    Module.validate(engine, Module.readModuleFile(file));
                    System.out.println(file + ": valid");
                } catch (RuntimeException e) {
                    System.out.println(file + ": " + e.getMessage());
                    bad++;
                }
            }
        }
        return bad == 0 ? 0 : ErrorReporter.EXIT_ERROR;
    }
}
