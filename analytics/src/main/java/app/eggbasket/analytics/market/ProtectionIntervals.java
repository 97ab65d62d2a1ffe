package app.eggbasket.analytics.market;

import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit of protection intervals, as tau-ARGUS makes it: {@link LinearAudit} proves that no suppressed cell
 * can be computed exactly, but with the published cells, the equations that link them and the knowledge that
 * revenue is not negative, an attacker can still narrow a suppressed cell to an interval. For each cell withheld by
 * the frequency or dominance rule, the smallest and largest values it can take are found by linear programming
 * (ojAlgo); the cell is protected when that interval reaches {@code level × |value|} below and above its value.
 *
 * <p>The variables are the suppressed cells that the attacker does not already know; published cells and
 * {@code known} ones (same contributions as a cell published in an earlier release) are constants. A cell with a
 * negative value (refunds above sales) is left without a lower bound, so the attacker's non-negativity is assumed
 * only where it holds. The solver works on doubles, every value divided by the largest one in the system (so that
 * amounts above 2^53 cents stay well conditioned); the tolerance of every comparison is half a cent or a
 * billionth of that largest value, far below any protection that matters, and nothing computed here is published.
 * A system the solver cannot solve counts as unprotected: one more cell is withheld rather than one too few.
 */
public final class ProtectionIntervals {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * The values a suppressed cell can take given what is published; {@code null} bounds are unbounded.
     *
     * @param tolerance how far the solver's bounds may be off; {@link #UNSOLVED} when it found none
     */
    public record Interval(BigDecimal low, BigDecimal high, BigDecimal tolerance) {

        /** The solver found no bound at all: nothing can be said to protect the cell. */
        static final BigDecimal UNSOLVED = BigDecimal.valueOf(-1);

        /** True when the interval reaches {@code level × |value|} on both sides of {@code value}. */
        public boolean protects(BigDecimal value, BigDecimal level) {
            if (tolerance.signum() < 0) {
                return false;
            }
            BigDecimal margin = value.abs().multiply(level).subtract(tolerance);
            boolean below = low == null || low.compareTo(value.subtract(margin)) <= 0;
            boolean above = high == null || high.compareTo(value.add(margin)) >= 0;
            return below && above;
        }
    }

    private ProtectionIntervals() {
    }

    /**
     * The first cell withheld by the frequency or dominance rule (in index order) whose interval does not cover the
     * protection level, if any.
     */
    public static Optional<Integer> firstUnprotected(List<Disclosure.CellFacts> cells, List<Disclosure.Equation> equations,
                                                     Disclosure.Status[] status, Set<Integer> known, BigDecimal level) {
        if (level.signum() == 0) {
            return Optional.empty();
        }
        Unknowns unknowns = new Unknowns(cells, equations, status, known);
        for (int cell = 0; cell < status.length; cell++) {
            boolean primary = status[cell] == Disclosure.Status.FREQUENCY || status[cell] == Disclosure.Status.DOMINANCE;
            if (primary && !known.contains(cell)
                    && !unknowns.interval(cell).protects(cells.get(cell).revenue(), level)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The interval of a suppressed, unknown cell given every other cell's status. */
    public static Interval interval(int cell, List<Disclosure.CellFacts> cells, List<Disclosure.Equation> equations,
                                    Disclosure.Status[] status, Set<Integer> known) {
        return new Unknowns(cells, equations, status, known).interval(cell);
    }

    /** The linear system an attacker faces: suppressed cells as unknowns, the rest as constants. */
    private static final class Unknowns {

        private final List<Disclosure.CellFacts> cells;
        private final List<Disclosure.Equation> equations;
        private final Set<Integer> unknown = new TreeSet<>();
        private final Map<Integer, Integer> component = new HashMap<>();

        Unknowns(List<Disclosure.CellFacts> cells, List<Disclosure.Equation> equations, Disclosure.Status[] status,
                 Set<Integer> known) {
            this.cells = cells;
            this.equations = equations;
            for (int i = 0; i < status.length; i++) {
                if (status[i].suppressed() && !known.contains(i)) {
                    unknown.add(i);
                }
            }
            UnionFind links = new UnionFind(status.length);
            for (Disclosure.Equation e : equations) {
                Integer first = null;
                for (int member : e.members()) {
                    if (unknown.contains(member)) {
                        if (first == null) {
                            first = member;
                        } else {
                            links.union(first, member);
                        }
                    }
                }
            }
            for (int u : unknown) {
                component.put(u, links.find(u));
            }
        }

        Interval interval(int cell) {
            if (!unknown.contains(cell)) {
                throw new IllegalArgumentException("cell " + cell + " is published or known: its value is no interval");
            }
            BigDecimal scale = scale(cell);
            BigDecimal tolerance = HALF_CENT.max(scale.movePointLeft(9));
            try {
                return new Interval(solve(cell, false, scale), solve(cell, true, scale), tolerance);
            } catch (Unsolved e) {
                return new Interval(null, null, Interval.UNSOLVED);
            }
        }

        /** The largest absolute value in the cell's system, by which every value is divided for the solver. */
        private BigDecimal scale(int cell) {
            int root = component.get(cell);
            BigDecimal scale = BigDecimal.ONE;
            for (Disclosure.Equation e : equations) {
                if (e.members().stream().anyMatch(m -> unknown.contains(m) && component.get(m) == root)) {
                    for (int member : e.members()) {
                        scale = scale.max(cells.get(member).revenue().abs());
                    }
                }
            }
            return scale;
        }

        /** The bound of the cell in the given direction, in euros; null when unbounded. */
        private BigDecimal solve(int cell, boolean maximise, BigDecimal scale) {
            int root = component.get(cell);
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            Map<Integer, Variable> variables = new HashMap<>();
            for (int u : unknown) {
                if (component.get(u) == root) {
                    Variable v = model.addVariable("c" + u);
                    if (cells.get(u).revenue().signum() >= 0) {
                        v.lower(0);
                    }
                    variables.put(u, v);
                }
            }
            variables.get(cell).weight(1);
            int row = 0;
            for (Disclosure.Equation e : equations) {
                // total - Σ parts = 0, with the constants moved to the right-hand side
                List<int[]> terms = new ArrayList<>();
                BigDecimal constant = BigDecimal.ZERO;
                for (int member : e.members()) {
                    int sign = member == e.total() ? 1 : -1;
                    if (variables.containsKey(member)) {
                        terms.add(new int[]{member, sign});
                    } else if (!unknown.contains(member)) {
                        constant = sign > 0 ? constant.add(cells.get(member).revenue()) : constant.subtract(cells.get(member).revenue());
                    }
                }
                if (terms.isEmpty()) {
                    continue;
                }
                Expression expression = model.addExpression("e" + row++)
                        .level(constant.negate().divide(scale, PRECISION).doubleValue());
                for (int[] term : terms) {
                    expression.set(variables.get(term[0]), term[1]);
                }
            }
            Optimisation.Result result = maximise ? model.maximise() : model.minimise();
            if (result.getState() == Optimisation.State.UNBOUNDED) {
                return null;
            }
            if (!result.getState().isFeasible()) {
                // the true values always satisfy the system: a solver failure must not pass for protection
                throw new Unsolved();
            }
            return BigDecimal.valueOf(result.getValue()).multiply(scale, PRECISION).setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    private static final class Unsolved extends RuntimeException {

        Unsolved() {
            super(null, null, false, false);
        }
    }

    private static final class UnionFind {

        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
