package app.eggbasket.dashboard.account;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in account's own password ({@code /account/password}), whatever its role: she gives her current
 * password and the new one twice. Only her own: the account changed is the one logged in, never one named by the
 * request.
 */
@PageController
class AccountController {

    private final AccountPasswords passwords;

    AccountController(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String page(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(name = "current", required = false) String current,
                  @RequestParam(name = "password", required = false) String password,
                  @RequestParam(name = "confirmation", required = false) String confirmation,
                  Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            passwords.change(authentication.getName(), current, password, confirmation == null ? "" : confirmation);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            model.addAttribute("passwordError", e.messageKey());
            model.addAttribute("passwordErrorArgs", PasswordRefusedException.args());
            return "password";
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account/password";
    }
}
