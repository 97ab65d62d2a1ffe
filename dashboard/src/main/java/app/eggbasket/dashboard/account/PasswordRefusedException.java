package app.eggbasket.dashboard.account;

import app.eggbasket.dashboard.web.InvalidRequestException;

/** A new password the {@link PasswordPolicy} refuses; the message (English) and the key name what is wrong. */
public final class PasswordRefusedException extends InvalidRequestException {

    private final PasswordPolicy.Problem problem;

    public PasswordRefusedException(PasswordPolicy.Problem problem) {
        super(problem.messageKey(), capitalised(PasswordPolicy.english(problem)));
        this.problem = problem;
    }

    public PasswordPolicy.Problem problem() {
        return problem;
    }

    /** The arguments of every password message: the limits they name ({0} the least length, {1} the most bytes). */
    public static Object[] args() {
        return new Object[]{PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES};
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }
}
