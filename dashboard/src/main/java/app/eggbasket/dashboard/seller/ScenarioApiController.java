package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.scenario.CashHoldScenario;
import app.eggbasket.analytics.scenario.ClosureScenario;
import app.eggbasket.analytics.scenario.FeeHikeScenario;
import app.eggbasket.analytics.scenario.ScenarioException;
import app.eggbasket.analytics.scenario.Scenarios;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.InvalidRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Scenarios of a seller (DESIGN §4), the same JSON as {@code eggbasket scenario --json}. Every route
 * takes the report's {@code from}, {@code to} and {@code currency}; rates and shares are fractions
 * ({@code 0.2}) or percentages ({@code 20%}).
 *
 * <ul>
 *   <li>{@code closure?channel=&noticeDays=0&substitution=0}</li>
 *   <li>{@code template?template=alm-2017|dawanda-2018|suspension&channel=&substitution=0}</li>
 *   <li>{@code fee-hike?channel=&oldRate=0.05&newRate=0.065} (defaults: Etsy, 11 April 2022)</li>
 *   <li>{@code cash-hold?channel=&percent=25&days=90}</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/sellers/{id}/scenarios")
class ScenarioApiController {

    private final Scenarios scenarios;
    private final SellerAccess access;

    ScenarioApiController(Scenarios scenarios, SellerAccess access) {
        this.scenarios = scenarios;
        this.access = access;
    }

    @GetMapping("/closure")
    ClosureScenario closure(@PathVariable String id, @RequestParam(required = false) String channel,
                            @RequestParam(required = false) String noticeDays,
                            @RequestParam(required = false) String substitution,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String currency, Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        String name = ScenarioRequests.channel(channel);
        int notice = ScenarioRequests.days(noticeDays, "notice period", 0, 3650, 0);
        BigDecimal r = ScenarioRequests.fraction(substitution, "substitution rate", BigDecimal.ZERO);
        return compute(seller, from, to, currency, basis -> scenarios.closure(basis, name, notice, r));
    }

    @GetMapping("/template")
    ClosureScenario template(@PathVariable String id, @RequestParam(required = false) String template,
                             @RequestParam(required = false) String channel,
                             @RequestParam(required = false) String substitution,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String currency, Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        var chosen = ScenarioRequests.template(template);
        String name = ScenarioRequests.channel(channel);
        BigDecimal r = ScenarioRequests.fraction(substitution, "substitution rate", BigDecimal.ZERO);
        return compute(seller, from, to, currency, basis -> scenarios.template(basis, name, chosen, r));
    }

    @GetMapping("/fee-hike")
    FeeHikeScenario feeHike(@PathVariable String id, @RequestParam(required = false) String channel,
                            @RequestParam(required = false) String oldRate, @RequestParam(required = false) String newRate,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String currency, Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        String name = ScenarioRequests.channel(channel);
        BigDecimal before = ScenarioRequests.fraction(oldRate, "old fee rate", Scenarios.ETSY_2022_OLD_RATE);
        BigDecimal after = ScenarioRequests.fraction(newRate, "new fee rate", Scenarios.ETSY_2022_NEW_RATE);
        return compute(seller, from, to, currency, basis -> scenarios.feeHike(basis, name, before, after));
    }

    @GetMapping("/cash-hold")
    CashHoldScenario cashHold(@PathVariable String id, @RequestParam(required = false) String channel,
                              @RequestParam(required = false) String percent, @RequestParam(required = false) String days,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String currency, Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        String name = ScenarioRequests.channel(channel);
        BigDecimal held = ScenarioRequests.percent(percent, "held percentage", null);
        if (held == null || held.signum() == 0) {
            throw new InvalidRequestException("error.scenario.percent", "Give the percentage held back, more than 0 (percent=25).");
        }
        int holdDays = ScenarioRequests.days(days, "hold", 1, 730, null);
        return compute(seller, from, to, currency, basis -> scenarios.cashHold(basis, name, held, holdDays));
    }

    private <T> T compute(String seller, String from, String to, String currency, Function<Scenarios.Basis, T> scenario) {
        SellerRequests.DateRange period = SellerRequests.period(from, to);
        String code = SellerRequests.currency(currency);
        try {
            return scenario.apply(scenarios.basis(seller, period.from(), period.to(), code));
        } catch (ScenarioException e) {
            throw new InvalidRequestException("error.scenario.invalid", e.getMessage());
        }
    }
}
