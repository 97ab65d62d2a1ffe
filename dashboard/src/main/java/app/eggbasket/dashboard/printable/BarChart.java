package app.eggbasket.dashboard.printable;

import java.io.IOException;
import java.util.List;

/**
 * Horizontal bars drawn as PDF rectangles: one row per channel, its name on the left, a light track for
 * 100 % and the bar for its share, the share written at the right.
 */
final class BarChart {

    /** One bar: {@code fraction} 0–1 of the track, {@code value} the figure written beside it. */
    record Bar(String label, double fraction, String value, Rgb color) {
    }

    static final float ROW = 16;
    private static final float BAR = 9;
    private static final Rgb TRACK = Rgb.hex(0xf1ece4);

    float height(int bars) {
        return bars * ROW + 4;
    }

    /** Draws the bars at the cursor over the page's width and moves the cursor below them. */
    void draw(Canvas canvas, List<Bar> bars) throws IOException {
        canvas.ensure(height(bars.size()));
        float labelWidth = 0;
        float valueWidth = 0;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, canvas.textWidth(bar.label(), TextStyle.BODY));
            valueWidth = Math.max(valueWidth, canvas.textWidth(bar.value(), TextStyle.BODY_BOLD));
        }
        labelWidth = Math.min(labelWidth + 10, canvas.width() * 0.3f);
        valueWidth += 10;
        float trackX = canvas.left() + labelWidth;
        float trackWidth = canvas.width() - labelWidth - valueWidth;
        float y = canvas.y();
        for (Bar bar : bars) {
            float middle = y - ROW / 2;
            canvas.text(canvas.fit(bar.label(), labelWidth - 10, TextStyle.BODY), canvas.left(), middle - 3.2f, TextStyle.BODY);
            canvas.rect(trackX, middle - BAR / 2, trackWidth, BAR, TRACK);
            double fraction = Math.max(0, Math.min(1, bar.fraction()));
            if (fraction > 0) {
                canvas.rect(trackX, middle - BAR / 2, (float) Math.max(1, fraction * trackWidth), BAR, bar.color());
            }
            canvas.textRight(bar.value(), canvas.right(), middle - 3.2f, TextStyle.BODY_BOLD);
            y -= ROW;
        }
        canvas.down(canvas.y() - y + 4);
    }
}
