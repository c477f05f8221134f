package org.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The values a producer hands to a consumer, as an iterator that a Spark task pulls: the producer runs on its
 * own thread and waits while the task is behind (a bounded queue), so a task holds a few values at a time,
 * never a whole file's. A failure of the producer is rethrown by the iterator.
 */
final class Streamed<T> implements Iterator<T> {
    private static final Object END = new Object();
    private static final int CAPACITY = 64;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile RuntimeException failure;
    private Object next;

    private Streamed(Consumer<Consumer<T>> producer, String name) {
        Thread thread = new Thread(() -> {
            try {
                producer.accept(this::put);
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException(e);
            } finally {
                put(END);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    static <T> Iterator<T> of(Consumer<Consumer<T>> producer, String name) {
        return new Streamed<>(producer, name);
    }

    private void put(Object value) {
        try {
            queue.put(value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (next == END && failure != null) {
            throw failure;
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = (T) next;
        next = null;
        return value;
    }
}
