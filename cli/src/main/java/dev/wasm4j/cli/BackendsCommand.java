package dev.wasm4j.cli;

import dev.wasm4j.BackendInfo;
import dev.wasm4j.Engine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Lists the backends found on the class path and whether each can be used. */
@Command(name = "backends", mixinStandardHelpOptions = true,
        description = "List the backends and whether each is available here.")
final class BackendsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (BackendInfo info : Engine.backends()) {
            System.out.println(info.name() + ": " + info.unavailableReason().orElse("available"));
        }
        return 0;
    }
}
