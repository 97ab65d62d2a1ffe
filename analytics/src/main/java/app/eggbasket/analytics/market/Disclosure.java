package app.eggbasket.analytics.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Primary and secondary cell suppression over a set of additive cells linked by equations
 * {@code total = part + part + …} (a table with its margins, a hierarchy of channels in kinds).
 *
 * <p>Primary: a cell with fewer than {@code minSellers} distinct sellers (frequency rule), or whose largest
 * seller contributes more than {@code dominance} of the sum of positive contributions ((1, k) dominance rule).
 *
 * <p>Secondary: an equation with exactly one suppressed member would give it away by differencing, so the
 * smallest other non-empty member of that equation is suppressed too; repeated to a fixpoint. Then
 * {@link LinearAudit} checks the whole system at once (a cell can still follow from several equations
 * combined, e.g. a suppressed cell bridging two groups of suppressions); while one does, the smallest
 * published member of an equation holding it is suppressed as well. Last, {@link ProtectionIntervals}: a cell
 * withheld by the frequency or dominance rule that the published cells still confine to a narrow interval (less
 * than {@link DisclosureRules#protectionLevel()} of its value on either side) gets one more suppression beside it,
 * and the whole audit runs again. Empty cells (no line at all) are published as zeros and never chosen:
 * suppressing a known zero protects nothing.
 */
public final class Disclosure {

    /** The fate of a cell; the three reasons of suppression stay internal (publishing them would tell too much). */
    public enum Status {
        PUBLISHED, EMPTY, FREQUENCY, DOMINANCE, SECONDARY,
        /** Its difference with the same cell of an earlier release would single out one or two members. */
        DIFFERENCING;

        public boolean suppressed() {
            return this == FREQUENCY || this == DOMINANCE || this == SECONDARY || this == DIFFERENCING;
        }
    }

    /**
     * What the rules look at in one cell.
     *
     * @param sellers     distinct sellers with a positive contribution
     * @param revenue     the cell's value (sum of every contribution)
     * @param largest     the largest single seller's contribution
     * @param positiveSum the sum of positive contributions (the base of the dominance rule)
     * @param empty       true when no line falls in the cell
     */
    public record CellFacts(long sellers, BigDecimal revenue, BigDecimal largest, BigDecimal positiveSum, boolean empty) {
    }

    /** {@code total = Σ parts}, by cell index. */
    public record Equation(int total, List<Integer> parts) {

        public List<Integer> members() {
            List<Integer> all = new ArrayList<>(parts.size() + 1);
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    private Disclosure() {
    }

    public static Status[] apply(List<CellFacts> cells, List<Equation> equations, DisclosureRules rules) {
        return apply(cells, equations, rules, Set.of(), Set.of());
    }

    /**
     * Suppression that takes earlier releases of the same cooperative into account (see
     * {@code app.eggbasket.analytics.edition.Differencing}).
     *
     * @param forced cells suppressed whatever their own facts ({@link Status#DIFFERENCING}): subtracting the same
     *               cell of an earlier release from them would give away one or two members' figures
     * @param known  cells whose value an attacker already knows from an earlier release (the same contributions,
     *               published there): the audit counts them as published even when they are suppressed here, and
     *               they are never chosen to protect another cell, which they could not
     */
    public static Status[] apply(List<CellFacts> cells, List<Equation> equations, DisclosureRules rules,
                                 Set<Integer> forced, Set<Integer> known) {
        Status[] status = new Status[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            status[i] = primary(cells.get(i), rules);
            if (status[i] == Status.PUBLISHED && forced.contains(i)) {
                status[i] = Status.DIFFERENCING;
            }
        }
        if (!rules.secondary()) {
            return status;
        }
        while (true) {
            singleUnknownFixpoint(cells, equations, status, known);
            Set<Integer> unknown = suppressed(status);
            unknown.removeAll(known);
            Set<Integer> determined = LinearAudit.determined(unknown, equations);
            if (determined.isEmpty()) {
                Integer weak = ProtectionIntervals.firstUnprotected(cells, equations, status, known,
                        rules.protectionLevel()).orElse(null);
                if (weak == null) {
                    return status;
                }
                Integer widen = widening(weak, cells, equations, status, known);
                if (widen == null) {
                    return status;
                }
                status[widen] = Status.SECONDARY;
                continue;
            }
            Integer next = null;
            for (int cell : determined) {
                for (Equation e : equations) {
                    if (e.members().contains(cell)) {
                        Integer candidate = smallestPublished(e, cells, status, known);
                        if (candidate != null && (next == null || smaller(cells, candidate, next))) {
                            next = candidate;
                        }
                    }
                }
                if (next != null) {
                    break;
                }
            }
            if (next == null) {
                return status;
            }
            status[next] = Status.SECONDARY;
        }
    }

    /**
     * The cell to suppress when {@code weak}'s protection interval is too narrow: the smallest published member of an
     * equation holding it, else of any equation holding a suppressed cell (each one more unknown widens the system).
     */
    private static Integer widening(int weak, List<CellFacts> cells, List<Equation> equations, Status[] status,
                                    Set<Integer> known) {
        Integer best = null;
        for (boolean direct : new boolean[]{true, false}) {
            for (Equation e : equations) {
                boolean relevant = direct ? e.members().contains(weak)
                        : e.members().stream().anyMatch(i -> status[i].suppressed());
                if (relevant) {
                    Integer candidate = smallestPublished(e, cells, status, known);
                    if (candidate != null && (best == null || smaller(cells, candidate, best))) {
                        best = candidate;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    static Status primary(CellFacts cell, DisclosureRules rules) {
        if (cell.empty()) {
            return Status.EMPTY;
        }
        if (cell.sellers() < rules.minSellers()) {
            return Status.FREQUENCY;
        }
        if (cell.positiveSum().signum() > 0
                && cell.largest().divide(cell.positiveSum(), MathContext.DECIMAL128).compareTo(rules.dominance()) > 0) {
            return Status.DOMINANCE;
        }
        return Status.PUBLISHED;
    }

    private static void singleUnknownFixpoint(List<CellFacts> cells, List<Equation> equations, Status[] status,
                                              Set<Integer> known) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                long unknown = e.members().stream().filter(i -> status[i].suppressed() && !known.contains(i)).count();
                if (unknown == 1) {
                    Integer candidate = smallestPublished(e, cells, status, known);
                    if (candidate != null) {
                        status[candidate] = Status.SECONDARY;
                        changed = true;
                    }
                }
            }
        }
    }

    /** The published, non-empty member of the equation with the smallest absolute value (parts before the total on ties). */
    private static Integer smallestPublished(Equation e, List<CellFacts> cells, Status[] status, Set<Integer> known) {
        return e.members().stream().filter(i -> status[i] == Status.PUBLISHED && !known.contains(i))
                .min(Comparator.<Integer, BigDecimal>comparing(i -> cells.get(i).revenue().abs())
                        .thenComparing(i -> cells.get(i).sellers())
                        .thenComparing(i -> i == e.total() ? 1 : 0)
                        .thenComparing(i -> i))
                .orElse(null);
    }

    private static boolean smaller(List<CellFacts> cells, int a, int b) {
        int c = cells.get(a).revenue().abs().compareTo(cells.get(b).revenue().abs());
        return c < 0 || (c == 0 && a < b);
    }

    private static Set<Integer> suppressed(Status[] status) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i].suppressed()) {
                out.add(i);
            }
        }
        return out;
    }
}
