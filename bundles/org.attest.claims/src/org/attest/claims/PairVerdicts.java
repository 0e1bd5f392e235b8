package org.attest.claims;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The verdicts on every pair of a cluster's claims, judged when read rather than kept: a cluster of n claims has
 * n(n-1)/2 pairs, so a large cluster's verdicts would not fit in memory, while reading them one by one needs none.
 * Pairs come in the order (0,1), (0,2), ..., (1,2), ...; the list cannot be changed.
 */
final class PairVerdicts extends AbstractList<Verdict> implements RandomAccess {

    private final List<ClaimFigure> claims;
    private final ConflictRules rules;
    // the conflicts, found once when first asked for (a view asks on every paint); usually a few of the pairs
    private volatile List<Verdict> conflicts;
    // how many there are, counted once without keeping them: a corpus's clusters can hold millions of conflicts
    private volatile long conflictCount = -1;

    PairVerdicts(List<ClaimFigure> claims, ConflictRules rules) {
        this.claims = claims;
        this.rules = rules;
    }

    @Override
    public Verdict get(int index) {
        int n = claims.size();
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("pair " + index + " of " + size());
        }
        int i = 0;
        int left = index;
        while (left >= n - 1 - i) {
            left -= n - 1 - i;
            i++;
        }
        return rules.compare(claims.get(i), claims.get(i + 1 + left));
    }

    /** Returns the verdicts that are conflicts, judging every pair the first time only. */
    List<Verdict> conflicts() {
        List<Verdict> found = conflicts;
        if (found == null) {
            List<Verdict> all = new java.util.ArrayList<>();
            for (Verdict verdict : this) {
                if (verdict.conflict()) {
                    all.add(verdict);
                }
            }
            found = List.copyOf(all);
            conflicts = found;
        }
        return found;
    }

    /** Returns how many verdicts are conflicts, judging every pair the first time only and keeping none. */
    long conflictCount() {
        List<Verdict> found = conflicts;
        if (found != null) {
            return found.size();
        }
        long count = conflictCount;
        if (count < 0) {
            count = 0;
            for (Verdict verdict : this) {
                count += verdict.conflict() ? 1 : 0;
            }
            conflictCount = count;
        }
        return count;
    }

    @Override
    public int size() {
        long n = claims.size();
        return Math.toIntExact(n * (n - 1) / 2);
    }

    @Override
    public Iterator<Verdict> iterator() {
        return new Iterator<>() {

            private int i;
            private int j = 1;

            @Override
            public boolean hasNext() {
                return j < claims.size();
            }

            @Override
            public Verdict next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Verdict verdict = rules.compare(claims.get(i), claims.get(j));
                j++;
                if (j == claims.size()) {
                    i++;
                    j = i + 1;
                }
                return verdict;
            }
        };
    }
}
