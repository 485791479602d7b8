package io.github.httpstatus.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The status codes a busy HTTP service sees, as a shuffled array of {@value #SIZE}: mostly 200,
 * then 304, 404, 201, 204, the common 4xx and 5xx codes, a few rare registered codes (226, 451,
 * 511) and a few unregistered ones (299, 499, 599). The shuffle uses a fixed seed, so every run
 * and every library sees the same sequence.
 */
final class CodeMix {

    /** How many codes one benchmark invocation reads. */
    static final int SIZE = 1024;

    /** Code and how many times it occurs among the {@value #SIZE}. */
    private static final int[][] WEIGHTS = {
        {200, 727}, {304, 80}, {404, 50}, {201, 30}, {204, 30},
        {400, 20}, {401, 15}, {302, 15}, {403, 10}, {409, 5}, {422, 5}, {429, 5},
        {500, 8}, {502, 5}, {503, 8}, {504, 4},
        {226, 1}, {451, 1}, {511, 1},
        {299, 1}, {499, 2}, {599, 1},
    };

    private static final long SEED = 20_260_601L;

    private CodeMix() {
    }

    /**
     * Returns the shuffled codes; a new array on each call.
     *
     * @return {@value #SIZE} codes
     */
    static int[] codes() {
        List<Integer> codes = new ArrayList<>(SIZE);
        for (int[] weight : WEIGHTS) {
            for (int i = 0; i < weight[1]; i++) {
                codes.add(weight[0]);
            }
        }
        if (codes.size() != SIZE) {
            throw new IllegalStateException("the weights add up to " + codes.size() + ", not " + SIZE);
        }
        Collections.shuffle(codes, new Random(SEED));
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }
}
