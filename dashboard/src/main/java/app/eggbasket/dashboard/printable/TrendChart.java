package app.eggbasket.dashboard.printable;

import java.io.IOException;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The monthly trend drawn with PDF primitives: the month's revenue as bars on the left axis, the share of
 * the largest platform as a line on the right axis (0–100 %), gridlines, month labels and a legend. A month
 * without revenue has a share of nothing: the line breaks there.
 */
final class TrendChart {

    /** One month: its label, its revenue, the top platform's share 0–1, and whether it had positive revenue. */
    record Month(String label, double revenue, double topPlatformShare, boolean hasRevenue) {
    }

    private static final float LEGEND = 16;
    private static final float X_LABELS = 14;
    private static final float RIGHT_AXIS = 30;
    private static final int GRID = 4;

    private final DoubleFunction<String> moneyLabel;
    private final DoubleFunction<String> percentLabel;
    private final String revenueLegend;
    private final String shareLegend;

    TrendChart(DoubleFunction<String> moneyLabel, DoubleFunction<String> percentLabel, String revenueLegend,
               String shareLegend) {
        this.moneyLabel = moneyLabel;
        this.percentLabel = percentLabel;
        this.revenueLegend = revenueLegend;
        this.shareLegend = shareLegend;
    }

    /** Draws the chart at the cursor, {@code height} points high over the page's width. */
    void draw(Canvas canvas, List<Month> months, float height) throws IOException {
        canvas.ensure(height);
        float top = canvas.y();
        legend(canvas, top);
        double max = niceMax(months.stream().mapToDouble(Month::revenue).max().orElse(0));
        float leftAxis = 0;
        for (int g = 0; g <= GRID; g++) {
            leftAxis = Math.max(leftAxis, canvas.textWidth(moneyLabel.apply(max * g / GRID), TextStyle.SMALL));
        }
        leftAxis += 8;
        float plotX = canvas.left() + leftAxis;
        float plotWidth = canvas.width() - leftAxis - RIGHT_AXIS;
        float plotBottom = top - height + X_LABELS;
        float plotHeight = height - LEGEND - X_LABELS - 6;
        grid(canvas, max, plotX, plotWidth, plotBottom, plotHeight);
        float slot = plotWidth / Math.max(1, months.size());
        float barWidth = Math.max(1.5f, Math.min(26, slot * 0.62f));
        for (int i = 0; i < months.size(); i++) {
            double revenue = Math.max(0, months.get(i).revenue());
            float h = max > 0 ? (float) (revenue / max * plotHeight) : 0;
            if (h > 0) {
                canvas.rect(plotX + i * slot + (slot - barWidth) / 2, plotBottom, barWidth, h, Rgb.TEAL_LIGHT);
            }
        }
        line(canvas, months, plotX, slot, plotBottom, plotHeight);
        monthLabels(canvas, months, plotX, slot, plotBottom);
        canvas.line(plotX, plotBottom, plotX + plotWidth, plotBottom, Rgb.MUTED, 0.6f);
        canvas.down(height);
    }

    private void legend(Canvas canvas, float top) throws IOException {
        float x = canvas.left();
        float baseline = top - 9;
        canvas.rect(x, baseline - 0.5f, 9, 7, Rgb.TEAL_LIGHT);
        canvas.text(revenueLegend, x + 13, baseline, TextStyle.SMALL);
        x += 13 + canvas.textWidth(revenueLegend, TextStyle.SMALL) + 18;
        canvas.line(x, baseline + 3, x + 14, baseline + 3, Rgb.ACCENT, 1.6f);
        canvas.dot(x + 7, baseline + 3, 2.2f, Rgb.ACCENT);
        canvas.text(shareLegend, x + 18, baseline, TextStyle.SMALL);
    }

    private void grid(Canvas canvas, double max, float plotX, float plotWidth, float plotBottom, float plotHeight)
            throws IOException {
        for (int g = 0; g <= GRID; g++) {
            float y = plotBottom + plotHeight * g / GRID;
            if (g > 0) {
                canvas.line(plotX, y, plotX + plotWidth, y, Rgb.LINE, 0.5f);
            }
            canvas.textRight(moneyLabel.apply(max * g / GRID), plotX - 5, y - 2.5f, TextStyle.SMALL);
            canvas.text(percentLabel.apply((double) g / GRID), plotX + plotWidth + 5, y - 2.5f,
                    TextStyle.SMALL.colored(Rgb.ACCENT));
        }
    }

    private static void line(Canvas canvas, List<Month> months, float plotX, float slot, float plotBottom, float plotHeight)
            throws IOException {
        for (int i = 1; i < months.size(); i++) {
            Month before = months.get(i - 1);
            Month month = months.get(i);
            if (before.hasRevenue() && month.hasRevenue()) {
                canvas.line(plotX + (i - 0.5f) * slot, plotBottom + share(before) * plotHeight,
                        plotX + (i + 0.5f) * slot, plotBottom + share(month) * plotHeight, Rgb.ACCENT, 1.6f);
            }
        }
        float radius = Math.min(2.4f, Math.max(1.2f, slot / 6));
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).hasRevenue()) {
                canvas.dot(plotX + (i + 0.5f) * slot, plotBottom + share(months.get(i)) * plotHeight, radius, Rgb.ACCENT);
            }
        }
    }

    private static void monthLabels(Canvas canvas, List<Month> months, float plotX, float slot, float plotBottom)
            throws IOException {
        float widest = 0;
        for (Month month : months) {
            widest = Math.max(widest, canvas.textWidth(month.label(), TextStyle.SMALL));
        }
        int every = Math.max(1, (int) Math.ceil((widest + 6) / slot));
        for (int i = 0; i < months.size(); i += every) {
            canvas.textCentered(months.get(i).label(), plotX + (i + 0.5f) * slot, plotBottom - 9, TextStyle.SMALL);
        }
    }

    private static float share(Month month) {
        return (float) Math.max(0, Math.min(1, month.topPlatformShare()));
    }

    /** A round maximum for the axis: 1, 2, 2.5 or 5 × a power of ten, times the gridlines. */
    static double niceMax(double max) {
        if (max <= 0) {
            return GRID;
        }
        double raw = max / GRID;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * power >= raw) {
                return step * power * GRID;
            }
        }
        return 10 * power * GRID;
    }
}
