package app.eggbasket.dashboard.printable;

/** A font (regular or bold), a size in points and a colour; {@link #leading()} is the line height. */
record TextStyle(boolean bold, float size, Rgb color) {

    static final TextStyle TITLE = new TextStyle(true, 19, Rgb.INK);
    static final TextStyle HEADING = new TextStyle(true, 12.5f, Rgb.INK);
    static final TextStyle STRONG = new TextStyle(true, 11.5f, Rgb.INK);
    static final TextStyle BODY = new TextStyle(false, 9.5f, Rgb.INK);
    static final TextStyle BODY_BOLD = new TextStyle(true, 9.5f, Rgb.INK);
    static final TextStyle SMALL = new TextStyle(false, 7.8f, Rgb.MUTED);
    static final TextStyle SMALL_BOLD = new TextStyle(true, 7.8f, Rgb.MUTED);
    static final TextStyle LABEL = new TextStyle(true, 7.2f, Rgb.MUTED);
    static final TextStyle FIGURE = new TextStyle(true, 14, Rgb.INK);

    float leading() {
        return size * 1.38f;
    }

    TextStyle colored(Rgb other) {
        return new TextStyle(bold, size, other);
    }
}
