package dev.wasm4j.apitests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

import java.lang.reflect.Method;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bugs of one backend that a test of this suite shows, listed as "backend Class.method" with what is wrong.
 * Such a test still runs in full on that backend: when it fails as the entry says, it is reported as skipped
 * with the bug (so the run stays green but the bug stays visible); when it passes, it fails, so a fixed bug
 * is struck off this list. Every other backend runs the test as usual.
 */
final class KnownBugs implements InvocationInterceptor {
    /** A bug: what is wrong, and a part of the failure's message that shows it. */
    record Bug(String description, String failureShows) {
        @Override
        public String toString() {
            return description;
        }
    }

    static final Map<String, Bug> BUGS = Map.of();

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        String backend = invocationContext.getArguments().stream().filter(Wasm.class::isInstance)
                .map(Object::toString).findFirst().orElse("");
        Method method = invocationContext.getExecutable();
        String key = backend + " " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Bug bug = BUGS.get(key);
        if (bug == null) {
            invocation.proceed();
            return;
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException e) {
            throw e;
        } catch (Throwable e) {
            if (!String.valueOf(e.getMessage()).contains(bug.failureShows())) {
                throw e; // another failure than the known bug's
            }
            System.err.println("KNOWN BUG " + key + ": " + bug + "\n    " + e);
            throw new TestAbortedException("known bug of backend " + backend + ": " + bug + " (" + e + ")", e);
        }
        fail("the known bug '" + key + "' no longer shows: strike it off KnownBugs.BUGS (" + bug + ")");
    }
}
