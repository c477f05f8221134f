package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/** True positives, false positives and false negatives of one relation, with what was missed and extra. */
public final class Score {
    private int truePositives;
    private final List<String> misses = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();

    void hit() {
        truePositives++;
    }

    void miss(String what) {
        misses.add(what);
    }

    void extra(String what) {
        extras.add(what);
    }

    void add(Score other) {
        truePositives += other.truePositives;
        misses.addAll(other.misses);
        extras.addAll(other.extras);
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return extras.size();
    }

    public int falseNegatives() {
        return misses.size();
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    public List<String> extras() {
        return List.copyOf(extras);
    }

    public double precision() {
        int predicted = truePositives + falsePositives();
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives();
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public boolean isEmpty() {
        return truePositives == 0 && misses.isEmpty() && extras.isEmpty();
    }
}
