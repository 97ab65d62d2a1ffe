package app.eggbasket.dashboard.web;

import app.eggbasket.dashboard.config.EggbasketProperties;
import app.eggbasket.dashboard.demo.DemoData;
import app.eggbasket.dashboard.demo.DemoLogin;
import app.eggbasket.dashboard.security.SellerUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import java.util.List;

/**
 * What every page's layout needs: the demo banner, the language switch links, the logged-in account. The error
 * pages too (Spring Boot's error controller), so that a seller keeps her navigation on them.
 */
@ControllerAdvice(annotations = PageController.class,
        assignableTypes = org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController.class)
class PageModel {

    private final EggbasketProperties properties;

    PageModel(EggbasketProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return properties.demo();
    }

    @ModelAttribute("demoLogins")
    List<DemoLogin> demoLogins() {
        return properties.demo() ? DemoData.logins() : List.of();
    }

    @ModelAttribute("langEn")
    String langEn() {
        return langLink("en");
    }

    @ModelAttribute("langFr")
    String langFr() {
        return langLink("fr");
    }

    /** Days, months and amounts in the page's language: {@code ${fmt.date(day)}}, {@code ${fmt.month(ym)}}. */
    @ModelAttribute("fmt")
    LocalFormat fmt(java.util.Locale locale) {
        return new LocalFormat(locale);
    }

    @ModelAttribute("homeSeller")
    String homeSeller(@AuthenticationPrincipal SellerUser user) {
        return user == null ? null : user.sellerId();
    }

    @ModelAttribute("homeCooperative")
    String homeCooperative(@AuthenticationPrincipal SellerUser user) {
        return user == null ? null : user.cooperativeId();
    }

    /** A malformed seller id in a page address: 400 with the error page. */
    @ExceptionHandler(InvalidRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidRequestException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("errorKey", e.messageKey());
        return "error";
    }

    /** The current page in another language: same path and parameters, {@code lang} replaced. */
    private static String langLink(String lang) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", lang).build();
        return current.getPath() + "?" + current.getQuery();
    }
}
