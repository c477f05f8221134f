package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Pipeline;

/**
 * Nothing costs out of proportion to its size: for every kind of hostile text, doubling its size at most
 * about doubles the work of reading it (counted as bytes allocated on the reading thread, not as time).
 */
class CostScalingTest {
    /** Linear work doubles; a quadratic look would quadruple it. */
    private static final double MAX_GROWTH_PER_DOUBLING = 2.5;

    @Test
    void everyHostileTextCostsInProportionToItsSize() {
        CostScaling scaling = new CostScaling(Pipeline.english());
        for (HostileText.Kind kind : HostileText.kinds()) {
            int first = kind.unit().equals("characters") ? 25_000 : 1_000;
            List<CostScaling.Run> runs = scaling.measure(kind, first, 3);
            double growth = CostScaling.worstGrowth(runs);
            assertTrue(growth <= MAX_GROWTH_PER_DOUBLING, kind.name() + ": work grew " + growth + "× over one doubling: "
                    + runs);
        }
    }
}
