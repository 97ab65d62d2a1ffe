package app.eggbasket.dashboard.advisor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A row's 12-month top-platform-share trend as an inline SVG, drawn on the server (no script): one polyline
 * per run of months with revenue, a dot for a month alone between gaps, and {@code lastDot} where the trend ends
 * (null when no month had revenue). Shares run 0 (bottom) to 100 % (top).
 */
public record Sparkline(List<String> lines, List<Dot> dots, Dot lastDot) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 28;
    private static final double PAD = 3;

    public record Dot(String x, String y) {
    }

    static Sparkline of(List<BigDecimal> shares) {
        List<String> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<Dot> run = new ArrayList<>();
        Dot last = null;
        double step = shares.size() > 1 ? (WIDTH - 2 * PAD) / (shares.size() - 1) : 0;
        for (int i = 0; i <= shares.size(); i++) {
            BigDecimal share = i < shares.size() ? shares.get(i) : null;
            if (share == null) {
                if (run.size() == 1) {
                    dots.add(run.get(0));
                } else if (run.size() > 1) {
                    lines.add(String.join(" ", run.stream().map(d -> d.x() + "," + d.y()).toList()));
                }
                run.clear();
                continue;
            }
            Dot point = new Dot(format(PAD + i * step), format(HEIGHT - PAD - share.doubleValue() * (HEIGHT - 2 * PAD)));
            run.add(point);
            last = point;
        }
        return new Sparkline(List.copyOf(lines), List.copyOf(dots), last);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
