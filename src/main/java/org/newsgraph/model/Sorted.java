package org.newsgraph.model;

import java.util.List;
import java.util.function.ToIntFunction;

/** Lookups in lists sorted by an int key (offsets, sentence numbers): binary search, not a scan. */
public final class Sorted {
    private Sorted() {
    }

    /** How many elements at the start of the list have a key of at most {@code value}. */
    public static <T> int countUpTo(List<T> sorted, ToIntFunction<T> key, int value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
