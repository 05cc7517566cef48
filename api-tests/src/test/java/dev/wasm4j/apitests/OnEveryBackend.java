package dev.wasm4j.apitests;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs once per available backend (see {@link Backends#names()}), each time with a fresh
 * {@link Wasm} fixture of that backend as its parameter; JUnit closes the fixture after the run. A bug of
 * one backend the test shows is listed in {@link KnownBugs}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("dev.wasm4j.apitests.Backends#fixtures")
@ExtendWith(KnownBugs.class)
public @interface OnEveryBackend {
}
