package app.eggbasket.analytics.scenario;

/** A scenario that cannot be computed as asked: an unknown channel or template, a rate out of range. */
public class ScenarioException extends IllegalArgumentException {

    public ScenarioException(String message) {
        super(message);
    }
}
