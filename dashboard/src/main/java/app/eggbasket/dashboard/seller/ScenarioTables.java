package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.table.Cell;
import app.eggbasket.dashboard.web.table.Table;
import app.eggbasket.dashboard.web.table.TableText;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario page's tables as files, from the {@link ScenarioView} the page shows: {@value #MONTHS} (month by
 * month, the two columns of the scenario) and {@value #CHANNELS_AFTER} (the channels after a closure).
 */
final class ScenarioTables {

    static final String MONTHS = "months";
    static final String CHANNELS_AFTER = "channels-after";
    static final List<String> IDS = List.of(MONTHS, CHANNELS_AFTER);

    private ScenarioTables() {
    }

    /** The table, or null when this scenario has none of that id (channels afterwards exist for closures only). */
    static Table table(String id, String seller, String choice, String channel, ScenarioView view, TableText text) {
        String name = Table.fileName("eggbasket", seller, "scenario", choice, channel, id);
        String currency = view.getCurrency();
        if (id.equals(MONTHS)) {
            List<String> headers = new ArrayList<>();
            headers.add(text.text("scenario.col.month"));
            for (String column : view.getColumns()) {
                headers.add(text.text("table.header.money", column, currency));
            }
            Table.Builder table = Table.named(name, headers);
            for (ScenarioView.MonthRow m : view.getMonths()) {
                table.row(Cell.date(m.day()), Cell.money(m.firstAmount(), currency), Cell.money(m.secondAmount(), currency));
            }
            return table.build();
        }
        if (view.getChannelsAfter().isEmpty()) {
            return null;
        }
        Table.Builder table = Table.named(name, List.of(text.text("channels.channel"), text.text("channels.kind"),
                text.money("kpi.revenue", currency), text.percent("channels.share")));
        for (ScenarioView.ChannelRow c : view.getChannelsAfter()) {
            table.row(Cell.text(c.channel()), Cell.text(text.text("kind." + c.kind())),
                    Cell.money(c.revenueAmount(), currency), Cell.percent(c.shareFraction()));
        }
        return table.build();
    }
}
