package app.eggbasket.dashboard.account;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation link opens ({@code /invitations/{token}}), for anyone holding the link: with a valid token,
 * the form where the invited seller chooses her seller id and password, and what accepting does; with a used,
 * expired or unknown one, a page saying so (410 Gone, 404 for an unknown one).
 */
@PageController
class SignupController {

    private final SignupLinks links;
    private final Signup signup;
    private final Cooperatives cooperatives;

    SignupController(SignupLinks links, Signup signup, Cooperatives cooperatives) {
        this.links = links;
        this.signup = signup;
        this.cooperatives = cooperatives;
    }

    @GetMapping("/invitations/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(token, model, response);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(name = "seller", required = false) String seller,
                  @RequestParam(name = "password", required = false) String password,
                  @RequestParam(name = "confirmation", required = false) String confirmation,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Signup.Result result = signup.accept(token, seller, password, confirmation == null ? "" : confirmation);
            redirect.addFlashAttribute("welcome", result.seller());
            return "redirect:/login?welcome";
        } catch (InvalidRequestException e) {
            String view = form(token, model, response);
            if (view.equals("signup")) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("signupError", e.messageKey());
                model.addAttribute("signupErrorArgs", PasswordRefusedException.args());
                model.addAttribute("sellerTyped", seller);
            }
            return view;
        }
    }

    private String form(String token, Model model, HttpServletResponse response) {
        SignupLinks.Status status = links.status(token);
        if (status != SignupLinks.Status.VALID) {
            response.setStatus(status == SignupLinks.Status.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
            model.addAttribute("linkStatus", status.name());
            return "signup-gone";
        }
        SignupLinks.SignupLink link = links.find(token).orElseThrow();
        model.addAttribute("token", token);
        model.addAttribute("invitation", link);
        model.addAttribute("cooperativeName", link.cooperative() == null ? null
                : cooperatives.find(link.cooperative()).map(Cooperative::name).orElse(link.cooperative()));
        model.addAttribute("expiresOn", java.time.LocalDate.ofInstant(link.expiresAt(), app.eggbasket.dashboard.sharing.GrantStore.SELLERS_ZONE));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "signup";
    }
}
