package dev.wasm4j;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertNotNull;

class TypeConstantsInitializationTest {
    @Test
    void value_type_constants_are_set_whichever_class_is_initialized_first() throws Exception {
        // A fresh loader, so NumType is initialized before ValType, as a decoder touching NumType would.
        URL classes = NumType.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            Class<?> numType = Class.forName("dev.wasm4j.NumType", true, loader);
            assertNotNull(numType.getEnumConstants()[0]);
            Class<?> valType = Class.forName("dev.wasm4j.ValType", true, loader);
            assertNotNull(valType.getField("I32").get(null), "ValType.I32");
            assertNotNull(valType.getField("FUNCREF").get(null), "ValType.FUNCREF");
        }
    }
}
