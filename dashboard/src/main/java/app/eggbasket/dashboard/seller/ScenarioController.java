package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.analytics.currency.ConversionUnavailableException;
import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.analytics.scenario.ClosureTemplate;
import app.eggbasket.analytics.scenario.ScenarioException;
import app.eggbasket.analytics.scenario.Scenarios;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What if…": the seller picks a channel and a scenario (a closure that happened, a closure of her own
 * making, a fee hike, a cash hold) and sees what it would cost in words and as a chart. Percentages in
 * the form are 0–100; the figures come from {@link Scenarios}, as in the API.
 */
@PageController
class ScenarioController {

    /** The choices of the form, in order; the closure templates come first. */
    static final List<String> CHOICES = List.of("alm-2017", "dawanda-2018", "suspension", "closure", "fee-hike", "cash-hold");

    private final Scenarios scenarios;
    private final SellerAccess access;
    private final MessageSource messages;

    ScenarioController(Scenarios scenarios, SellerAccess access, MessageSource messages) {
        this.scenarios = scenarios;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/sellers/{id}/scenarios")
    String scenarios(@PathVariable String id, @RequestParam Map<String, String> params, Authentication authentication,
                     Locale locale, Model model) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        fill(seller, params, locale, model);
        return "scenarios";
    }

    /**
     * The page's tables as CSV or XLSX: {@code GET /sellers/{id}/scenarios?table=months|channels-after&export=csv|xlsx}
     * with the page's parameters; the file holds the scenario the page computes with them.
     */
    @GetMapping(path = "/sellers/{id}/scenarios", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@PathVariable String id, @RequestParam Map<String, String> params,
                                 Authentication authentication, Locale locale) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        TableFormat format = TableFormat.parse(params.get(TableDownload.EXPORT));
        String table = params.get(TableDownload.TABLE);
        if (!ScenarioTables.IDS.contains(table)) {
            throw TableDownload.unknownTable();
        }
        Model model = new ExtendedModelMap();
        fill(seller, params, locale, model);
        if (model.getAttribute("errorKey") instanceof String key) {
            throw new InvalidRequestException(key, "Invalid scenario parameters.");
        }
        if (model.getAttribute("conversionError") != null) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "no exchange rate for some sales");
        }
        if (!(model.getAttribute("view") instanceof ScenarioView view)) {
            throw TableDownload.notShown();
        }
        Table file = ScenarioTables.table(table, seller, (String) model.getAttribute("choice"),
                (String) model.getAttribute("channel"), view, new TableText(messages, locale));
        if (file == null) {
            throw TableDownload.notShown();
        }
        return TableDownload.of(file, format, locale);
    }

    /** What the page shows for these parameters, as model attributes ({@code view}, or {@code errorKey}, {@code empty}…). */
    private void fill(String seller, Map<String, String> params, Locale locale, Model model) {
        String asked = params.get("scenario");
        String choice = asked != null && CHOICES.contains(asked) ? asked : "alm-2017";
        model.addAttribute("seller", seller);
        model.addAttribute("choices", CHOICES);
        model.addAttribute("choice", choice);
        model.addAttribute("form", params);
        Scenarios.Basis basis;
        try {
            SellerRequests.DateRange period = SellerRequests.period(params.get("from"), params.get("to"));
            basis = scenarios.basis(seller, period.from(), period.to(), SellerRequests.currency(params.get("currency")));
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKey", e.messageKey());
            return;
        } catch (ScenarioException e) {
            model.addAttribute("empty", true);
            return;
        } catch (ConversionUnavailableException e) {
            model.addAttribute("conversionError", e);
            return;
        } catch (UnknownCurrencyException e) {
            model.addAttribute("errorKey", "error.currency");
            return;
        }
        SellerReport report = basis.report();
        model.addAttribute("channels", report.channels().stream().map(ChannelFigures::channel).toList());
        String channel = params.get("channel");
        if (channel == null || channel.isBlank()) {
            channel = report.concentration().topPlatform() != null ? report.concentration().topPlatform()
                    : report.concentration().topChannel();
        }
        model.addAttribute("channel", channel);
        ScenarioView view = new ScenarioView(new LocalFormat(locale), messages, locale);
        try {
            BigDecimal substitution = ScenarioRequests.percent(params.get("substitution"), "substitution rate", BigDecimal.ZERO);
            switch (choice) {
                case "closure" -> view.closure(scenarios.closure(basis, channel,
                        ScenarioRequests.days(params.get("noticeDays"), "notice period", 0, 3650, 0), substitution));
                case "fee-hike" -> view.feeHike(scenarios.feeHike(basis, channel,
                        ScenarioRequests.percent(params.get("oldRate"), "old fee rate", Scenarios.ETSY_2022_OLD_RATE),
                        ScenarioRequests.percent(params.get("newRate"), "new fee rate", Scenarios.ETSY_2022_NEW_RATE)));
                case "cash-hold" -> {
                    BigDecimal held = ScenarioRequests.percent(params.get("holdPercent"), "held percentage", new BigDecimal("0.25"));
                    if (held.signum() == 0) {
                        throw new InvalidRequestException("error.scenario.percent", "The held percentage must be more than 0.");
                    }
                    view.cashHold(scenarios.cashHold(basis, channel, held,
                            ScenarioRequests.days(params.get("holdDays"), "hold", 1, 730, 90)));
                }
                default -> view.closure(scenarios.template(basis, channel, ClosureTemplate.byId(choice), substitution));
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKey", e.messageKey());
            return;
        } catch (ScenarioException e) {
            model.addAttribute("errorKey", "error.scenario.invalid");
            return;
        }
        model.addAttribute("view", view);
    }
}
