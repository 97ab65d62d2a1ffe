package app.eggbasket.dashboard.printable;

import java.io.IOException;
import java.util.List;

/**
 * A table as the dashboard draws them: small muted headers, a thin line under each row, figures aligned
 * right, an optional total row in bold above a double line. Cells hold one line; a text too long is cut
 * with an ellipsis.
 */
final class Table {

    /** A column: its header, its share of the table's width, and whether it holds figures (aligned right). */
    record Column(String header, float weight, boolean figures) {
    }

    static final float ROW = 15.5f;
    private static final float HEADER = 16;
    private static final float PAD = 4;

    private final List<Column> columns;

    Table(List<Column> columns) {
        this.columns = columns;
    }

    float height(Canvas canvas, int rows, boolean total) throws IOException {
        return header(canvas) + ROW * (rows + (total ? 1 : 0)) + 2;
    }

    /** Draws the table at the cursor over the page's width and moves the cursor below it. */
    void draw(Canvas canvas, List<List<String>> rows, List<String> total) throws IOException {
        canvas.ensure(height(canvas, rows.size(), total != null));
        float[] xs = positions(canvas);
        float top = canvas.y();
        float header = header(canvas);
        for (int c = 0; c < columns.size(); c++) {
            List<String> lines = canvas.wrap(label(c), xs[c + 1] - xs[c] - 2 * PAD, TextStyle.LABEL);
            float baseline = top - header + 5 + (lines.size() - 1) * TextStyle.LABEL.leading();
            for (String line : lines) {
                cell(canvas, xs, c, line, baseline, TextStyle.LABEL);
                baseline -= TextStyle.LABEL.leading();
            }
        }
        canvas.line(canvas.left(), top - header, canvas.right(), top - header, Rgb.LINE, 0.8f);
        float y = top - header;
        for (List<String> row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                cell(canvas, xs, c, row.get(c), y - ROW + 4.5f, TextStyle.BODY);
            }
            y -= ROW;
            canvas.line(canvas.left(), y, canvas.right(), y, Rgb.LINE, 0.5f);
        }
        if (total != null) {
            canvas.line(canvas.left(), y - 1.5f, canvas.right(), y - 1.5f, Rgb.LINE, 0.5f);
            for (int c = 0; c < columns.size(); c++) {
                cell(canvas, xs, c, total.get(c), y - ROW + 3.5f, TextStyle.BODY_BOLD);
            }
            y -= ROW;
        }
        canvas.down(top - y + 2);
    }

    /** The header row's height: headers wrap on up to two lines. */
    private float header(Canvas canvas) throws IOException {
        float[] xs = positions(canvas);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            lines = Math.max(lines, canvas.wrap(label(c), xs[c + 1] - xs[c] - 2 * PAD, TextStyle.LABEL).size());
        }
        return HEADER + (Math.min(lines, 2) - 1) * TextStyle.LABEL.leading();
    }

    private String label(int c) {
        return columns.get(c).header().toUpperCase(java.util.Locale.ROOT);
    }

    /** A cell too long shrinks a little; a text still too long is cut with an ellipsis, a figure never is. */
    private void cell(Canvas canvas, float[] xs, int c, String text, float baseline, TextStyle style) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        float width = xs[c + 1] - xs[c] - 2 * PAD;
        boolean figures = columns.get(c).figures();
        TextStyle fitted = style;
        while (fitted.size() > (figures ? 6 : 7.5f) && canvas.textWidth(text, fitted) > width) {
            fitted = new TextStyle(fitted.bold(), fitted.size() - 0.25f, fitted.color());
        }
        if (figures) {
            canvas.textRight(text, xs[c + 1] - PAD, baseline, fitted);
        } else {
            canvas.text(canvas.fit(text, width, fitted), xs[c] + PAD, baseline, fitted);
        }
    }

    private float[] positions(Canvas canvas) {
        float sum = 0;
        for (Column column : columns) {
            sum += column.weight();
        }
        float[] xs = new float[columns.size() + 1];
        xs[0] = canvas.left();
        for (int c = 0; c < columns.size(); c++) {
            xs[c + 1] = xs[c] + canvas.width() * columns.get(c).weight() / sum;
        }
        return xs;
    }
}
