package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.ChannelNames;
import app.eggbasket.dashboard.web.LocalFormat;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
    private final ChannelNames channelNames;

    ScenarioController(Scenarios scenarios, SellerAccess access, MessageSource messages, ChannelNames channelNames) {
        this.scenarios = scenarios;
        this.access = access;
        this.messages = messages;
        this.channelNames = channelNames;
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

    /**
     * The figures of one side as JSON, for the page's script as the seller moves an input:
     * {@code GET /sellers/{id}/scenarios/figures?channel=&scenario=&…&from=&to=&currency=} (the side's parameters
     * without prefix). 200 with {@code view} (the {@link ScenarioView}: sentences, table and chart in the reader's
     * language) and {@code query} (what the table downloads are asked with); 400 with {@code error}, in her language.
     */
    @GetMapping(path = "/sellers/{id}/scenarios/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> figures(@PathVariable String id, @RequestParam Map<String, String> params,
                                                Authentication authentication, Locale locale) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        Model model = new ExtendedModelMap();
        Scenarios.Basis basis = basis(seller, params, model);
        if (basis == null) {
            String key = model.getAttribute("errorKey") instanceof String k ? k : "scenario.empty";
            return ResponseEntity.badRequest().body(Map.of("error", messages.getMessage(key, null, locale)));
        }
        ScenarioSide side = side("a", "", true, params, "alm-2017", null, basis, locale);
        if (side.errorKey() != null) {
            return ResponseEntity.badRequest().body(Map.of("error", messages.getMessage(side.errorKey(), null, locale)));
        }
        return ResponseEntity.ok(Map.of("view", side.view(), "query", side.query()));
    }

    /**
     * What the page shows for these parameters, as model attributes: {@code sides} (the scenario and the one it is
     * compared with, {@link ScenarioSide}), {@code view} (the first side's figures), or {@code errorKey} / {@code empty}.
     */
    private void fill(String seller, Map<String, String> params, Locale locale, Model model) {
        model.addAttribute("seller", seller);
        model.addAttribute("choices", CHOICES);
        model.addAttribute("inputNames", List.copyOf(ScenarioInputs.DEFAULTS.keySet()));
        Map<String, String> inputScenarios = new java.util.LinkedHashMap<>();
        ScenarioInputs.DEFAULTS.keySet().forEach(name -> inputScenarios.put(name, ScenarioInputs.scenariosOf(name)));
        model.addAttribute("inputScenarios", inputScenarios);
        model.addAttribute("form", params);
        Scenarios.Basis basis = basis(seller, params, model);
        if (basis == null) {
            return;
        }
        SellerReport report = basis.report();
        model.addAttribute("leftOut", LeftOutView.of(report.leftOut(), new LocalFormat(locale)));
        model.addAttribute("reportCurrency", report.currency());
        model.addAttribute("channels", report.channels().stream().map(ChannelFigures::channel).toList());
        ScenarioSide a = side("a", "", true, sideParams(params, ""), "alm-2017", null, basis, locale);
        boolean comparing = params.containsKey(B + "scenario");
        ScenarioSide b = side("b", B, comparing, sideParams(params, B),
                a.choice().equals("fee-hike") ? "alm-2017" : "fee-hike", a.channel(), basis, locale);
        model.addAttribute("sides", List.of(a, b));
        links(seller, params, b, model);
        model.addAttribute("comparing", comparing);
        model.addAttribute("choice", a.choice());
        model.addAttribute("channel", a.channel());
        if (a.errorKey() != null) {
            model.addAttribute("errorKey", a.errorKey());
        } else {
            model.addAttribute("view", a.view());
        }
    }

    /**
     * The page's own links: {@code pagePath} (what the table downloads add a side's query to), {@code shareLink}
     * (this page, absolute, to send or bookmark), {@code compareLink} (the same with the second side shown) and
     * {@code removeLink} (without it). The page's script keeps them current as the seller moves the inputs.
     */
    private static void links(String seller, Map<String, String> params, ScenarioSide b, Model model) {
        String path = UriComponentsBuilder.fromPath("/sellers/{id}/scenarios").buildAndExpand(seller).encode().toUriString();
        model.addAttribute("pagePath", path);
        model.addAttribute("shareLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentRequest().replaceQueryParam("lang").build().encode().toUriString());
        UriComponentsBuilder without = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (!name.startsWith(B) && !name.equals("lang")) {
                without.queryParam(name, value);
            }
        });
        model.addAttribute("removeLink", without.cloneBuilder().build().encode().toUriString());
        model.addAttribute("compareLink", without.queryParam(B + "channel", b.channel())
                .queryParam(B + "scenario", b.choice()).build().encode().toUriString());
    }

    /** The prefix of the second side's parameters: {@code b.channel}, {@code b.scenario}… */
    static final String B = "b.";

    private static final List<String> PERIOD = List.of("from", "to", "currency");

    /** A side's parameters without their prefix, and the period's. */
    private static Map<String, String> sideParams(Map<String, String> params, String prefix) {
        Map<String, String> side = new java.util.LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (PERIOD.contains(name)) {
                side.put(name, value);
            } else if (prefix.isEmpty() ? !name.startsWith(B) : name.startsWith(prefix)) {
                side.put(name.substring(prefix.length()), value);
            }
        });
        return side;
    }

    /** The report the scenarios start from, or null with {@code errorKey} or {@code empty} set on the model. */
    private Scenarios.Basis basis(String seller, Map<String, String> params, Model model) {
        try {
            SellerRequests.DateRange period = SellerRequests.period(params.get("from"), params.get("to"));
            return scenarios.basis(seller, period.from(), period.to(), SellerRequests.currency(params.get("currency")));
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKey", e.messageKey());
        } catch (ScenarioException e) {
            model.addAttribute("empty", true);
        } catch (UnknownCurrencyException e) {
            model.addAttribute("errorKey", "error.currency");
        }
        return null;
    }

    /** One side: its choice, channel and inputs (asked for, else the defaults) and their figures or why none. */
    private ScenarioSide side(String id, String prefix, boolean shown, Map<String, String> asked, String defaultChoice,
                              String defaultChannel, Scenarios.Basis basis, Locale locale) {
        String asks = asked.get("scenario");
        String choice = asks != null && CHOICES.contains(asks) ? asks : defaultChoice;
        String channel = asked.get("channel") == null || asked.get("channel").isBlank() ? defaultChannel : asked.get("channel").trim();
        if (channel == null) {
            // the largest platform, else the largest channel
            var concentration = basis.report().concentration();
            channel = concentration.topPlatform() != null ? concentration.topPlatform() : concentration.topChannel();
        }
        Map<String, String> inputs = ScenarioInputs.values(asked);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("channel", channel).queryParam("scenario", choice);
        for (String input : ScenarioInputs.appliesTo(choice)) {
            query.queryParam(input, inputs.get(input));
        }
        for (String name : PERIOD) {
            if (asked.get(name) != null && !asked.get(name).isBlank()) {
                query.queryParam(name, asked.get(name));
            }
        }
        String encoded = query.encode().build().getQuery();
        if (!shown) {
            // a side the page does not show is computed when it is asked for (the page's script, or its link)
            return new ScenarioSide(id, prefix, false, choice, channel, inputs, encoded, null, null);
        }
        ScenarioView view = new ScenarioView(new LocalFormat(locale), messages, locale, channelNames);
        try {
            BigDecimal substitution = ScenarioRequests.percent(inputs.get("substitution"), "substitution rate", BigDecimal.ZERO);
            switch (choice) {
                case "closure" -> view.closure(scenarios.closure(basis, channel,
                        ScenarioRequests.days(inputs.get("noticeDays"), "notice period", 0, 3650, 0), substitution));
                case "fee-hike" -> view.feeHike(scenarios.feeHike(basis, channel,
                        ScenarioRequests.percent(inputs.get("oldRate"), "old fee rate", Scenarios.ETSY_2022_OLD_RATE),
                        ScenarioRequests.percent(inputs.get("newRate"), "new fee rate", Scenarios.ETSY_2022_NEW_RATE)));
                case "cash-hold" -> {
                    BigDecimal held = ScenarioRequests.percent(inputs.get("holdPercent"), "held percentage", new BigDecimal("0.25"));
                    if (held.signum() == 0) {
                        throw new InvalidRequestException("error.scenario.percent", "The held percentage must be more than 0.");
                    }
                    view.cashHold(scenarios.cashHold(basis, channel, held,
                            ScenarioRequests.days(inputs.get("holdDays"), "hold", 1, 730, 90)));
                }
                default -> view.closure(scenarios.template(basis, channel, ClosureTemplate.byId(choice), substitution));
            }
        } catch (InvalidRequestException e) {
            return new ScenarioSide(id, prefix, shown, choice, channel, inputs, encoded, null, e.messageKey());
        } catch (ScenarioException e) {
            return new ScenarioSide(id, prefix, shown, choice, channel, inputs, encoded, null, "error.scenario.invalid");
        }
        return new ScenarioSide(id, prefix, shown, choice, channel, inputs, encoded, view, null);
    }
}
