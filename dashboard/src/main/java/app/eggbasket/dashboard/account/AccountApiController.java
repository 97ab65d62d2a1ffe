package app.eggbasket.dashboard.account;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's change of the caller's own password: {@code PUT /api/account/password} with
 * {@code {"currentPassword": …, "newPassword": …}}; 204, or 400 as a problem detail naming what is wrong.
 */
@RestController
class AccountApiController {

    /** The current password (asked even though HTTP Basic sent it) and the new one. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final AccountPasswords passwords;

    AccountApiController(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @PutMapping("/api/account/password")
    ResponseEntity<Void> change(@RequestBody PasswordChange change, Authentication authentication) {
        passwords.change(authentication.getName(), change.currentPassword(), change.newPassword(), null);
        return ResponseEntity.noContent().build();
    }
}
