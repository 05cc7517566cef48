package dev.wasm4j.cli;

import dev.wasm4j.CustomSection;
import dev.wasm4j.Engine;
import dev.wasm4j.ExportType;
import dev.wasm4j.ImportType;
import dev.wasm4j.Module;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Prints what a module imports and exports, and its custom sections. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a module's imports, exports and custom sections.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Parameters(paramLabel = "FILE", description = "A .wasm or .wat module.")
    Path file;

    @Override
    public Integer call() {
        try (Engine engine = engineOptions.engine()) {
            Module module = Module.fromFile(engine, file);
            module.names().moduleName().ifPresent(n -> System.out.println("module name: " + n));
            System.out.println("imports (" + module.imports().size() + "):");
            for (ImportType i : module.imports()) {
                System.out.println("  " + i.module() + "::" + i.name() + " " + i.type());
            }
            System.out.println("exports (" + module.exports().size() + "):");
            for (ExportType e : module.exports()) {
                System.out.println("  " + e.name() + " " + e.type());
            }
            System.out.println("custom sections (" + module.customSections().size() + "):");
            for (CustomSection c : module.customSections()) {
                System.out.println("  " + c.name() + " (" + c.size() + " bytes)");
            }
        }
        return 0;
    }
}
