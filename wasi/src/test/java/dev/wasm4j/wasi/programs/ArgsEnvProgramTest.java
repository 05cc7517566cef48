package dev.wasm4j.wasi.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasm4j.wasi.WasiConfig;

import java.util.LinkedHashMap;
import java.util.Map;

class ArgsEnvProgramTest {
    @OnEveryBackend
    void argumentsAndEnvironmentArriveExactlyInOrder(WasiRun wasi) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GREETING", "grüß dich");
        env.put("EMPTY", "");
        env.put("WITH_EQUALS", "a=b=c");
        WasiRun.Result r = wasi.run("args_env", WasiConfig.builder()
                .args("prog", "plain", "with space", "ünïcödé ✓", "")
                .env(env));
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                argc=5
                argv[0]=prog
                argv[1]=plain
                argv[2]=with space
                argv[3]=ünïcödé ✓
                argv[4]=
                env:GREETING=grüß dich
                env:EMPTY=
                env:WITH_EQUALS=a=b=c
                getenv(GREETING)=grüß dich
                getenv(NOT_SET_ANYWHERE)=(null)
                """, r.stdout());
    }

    @OnEveryBackend
    void noArgumentsAndNoEnvironment(WasiRun wasi) {
        WasiRun.Result r = wasi.run("args_env", WasiConfig.builder());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("argc=0\ngetenv(GREETING)=(null)\ngetenv(NOT_SET_ANYWHERE)=(null)\n", r.stdout());
    }

    @OnEveryBackend
    void inheritedEnvironmentIsTheHosts(WasiRun wasi) {
        WasiRun.Result r = wasi.run("args_env", WasiConfig.builder().args("p").inheritEnv().env("GREETING", "x"));
        assertEquals(0, r.exitCode(), r::toString);
        String path = System.getenv("PATH");
        if (path != null) {
            assertTrue(r.stdout().contains("env:PATH=" + path + "\n"), r::toString);
        }
        assertTrue(r.stdout().contains("getenv(GREETING)=x\n"), r::toString);
    }
}
