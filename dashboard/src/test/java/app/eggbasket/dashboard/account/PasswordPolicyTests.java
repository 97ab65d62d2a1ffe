package app.eggbasket.dashboard.account;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits of the {@link PasswordPolicy}, counted as a person counts characters. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void fifteenCharactersAreEnoughFourteenAreNot() {
        assertThat(policy.check("abcdefghijklmn", "anne")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("abcdefghijklmno", "anne")).isEmpty();
        // an emoji is one character (two UTF-16 units): 14 of them are still too short
        assertThat(policy.check("🥚".repeat(14), "anne")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("🥚🧺".repeat(8), "anne")).isEmpty();
    }

    @Test
    void seventyTwoBytesAreTheMostBcryptReads() {
        assertThat(policy.check("a b".repeat(24), "anne")).as("72 letters and spaces").isEmpty();
        assertThat(policy.check("a b".repeat(24) + "c", "anne")).contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.check("éè".repeat(18), "anne")).as("36 accented letters, 72 bytes").isEmpty();
        assertThat(policy.check("éè".repeat(18) + "à", "anne")).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void breachedPasswordsAndTheLoginAreRefusedWhateverTheirCase() {
        assertThat(policy.check("PasswordPassword", "anne")).contains(PasswordPolicy.Problem.BREACHED);
        assertThat(policy.check("1q2w3e4r5t6y7u8i9o0p", "anne")).contains(PasswordPolicy.Problem.BREACHED);
        assertThat(policy.check("zzzzzzzzzzzzzzzzzz", "anne")).contains(PasswordPolicy.Problem.BREACHED);
        assertThat(policy.check("Atelier-Marie-Lyon", "atelier-marie-lyon")).contains(PasswordPolicy.Problem.SAME_AS_LOGIN);
        assertThat(policy.check("atelier-marie-lyon ", "anne")).isEqualTo(Optional.empty());
    }
}
