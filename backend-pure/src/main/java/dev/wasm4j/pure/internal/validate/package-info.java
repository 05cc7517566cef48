/**
 * Validation: {@link dev.wasm4j.pure.internal.validate.ModuleValidator} checks types (with recursion
 * group canonicalization into {@link dev.wasm4j.pure.internal.validate.ModuleTypes}), declarations,
 * constant expressions and segments, then every function body with the spec's operand and control
 * stack algorithm. Errors are {@link dev.wasm4j.InvalidModuleException}s with the suite's wording.
 */
package dev.wasm4j.pure.internal.validate;
