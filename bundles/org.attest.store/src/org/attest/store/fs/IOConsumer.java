package org.attest.store.fs;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, such as the code that streams a file's
 * content in {@link AtomicFiles#write(java.nio.file.Path, IOConsumer)}.
 *
 * @param <T> the type of the consumed value
 */
@FunctionalInterface
public interface IOConsumer<T> {

    /**
     * Consumes the value.
     *
     * @param t the value
     * @throws IOException when the consumer fails; the caller abandons its work
     */
    void accept(T t) throws IOException;
}
