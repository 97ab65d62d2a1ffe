package app.eggbasket.dashboard.seller;

import java.util.Map;

/**
 * One of the two scenarios the what-if page sets side by side: its parameters ({@code channel}, {@code scenario}
 * and the inputs, written {@code b.channel}… for the second side) and what they give, a {@link ScenarioView} or
 * the message key of why they give nothing.
 *
 * @param id       "a" or "b"
 * @param prefix   "" or "b.": how the side's parameters are named in the page's address
 * @param shown    whether the page shows it (the second side only when asked for)
 * @param inputs   every input's value, asked for or default (ScenarioInputs)
 * @param query    the side's own parameters and the period's, as an address query without prefix: what its
 *                 figures and table downloads are asked with
 * @param view     the figures; null with an {@code errorKey}
 */
public record ScenarioSide(String id, String prefix, boolean shown, String choice, String channel, Map<String, String> inputs,
                    String query, ScenarioView view, String errorKey) {

    /** The name of one of this side's parameters in the page's address. */
    public String param(String name) {
        return prefix + name;
    }

    /** Whether the side's scenario uses this input (the others are hidden). */
    public boolean applies(String input) {
        return ScenarioInputs.appliesTo(choice).contains(input);
    }
}
