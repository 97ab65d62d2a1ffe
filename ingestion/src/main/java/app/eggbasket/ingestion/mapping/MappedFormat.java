package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.RowParser;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportTable;
import app.eggbasket.ingestion.read.HeaderNames;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A format a seller defined with the mapping wizard (id {@code mapping:<name>}). It is recognised by
 * the whole header of the file the mapping was made from: every label must be present. Its lines go to
 * the mapping's constant channel, else to {@code direct} (DIRECT), as DESIGN §2 says of the generic
 * template; a channel column, when mapped, names the channel row by row.
 */
public final class MappedFormat implements SaleFormat {

    public static final String ID_PREFIX = "mapping:";

    private final ColumnMapping mapping;
    private final List<ColumnName> columns;

    public MappedFormat(ColumnMapping mapping) {
        this.mapping = mapping;
        List<ColumnName> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String label : mapping.header()) {
            if (!HeaderNames.normalise(label).isEmpty() && seen.add(HeaderNames.normalise(label))) {
                list.add(MappedColumn.identifying(label));
            }
        }
        this.columns = List.copyOf(list);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String id() {
        return ID_PREFIX + mapping.name();
    }

    @Override
    public String label() {
        return "Mapping — " + mapping.name();
    }

    @Override
    public Channel defaultChannel() {
        FieldSource channel = mapping.source(CanonicalField.CHANNEL);
        FieldSource kind = mapping.source(CanonicalField.KIND);
        ChannelKind constantKind = kind != null && !kind.isColumn() ? ChannelKind.parse(kind.constant()) : ChannelKind.DIRECT;
        String name = channel != null && !channel.isColumn() ? channel.constant() : "direct";
        return Channel.of(name, constantKind);
    }

    @Override
    public List<? extends ColumnName> columns() {
        return columns;
    }

    @Override
    public char nativeDelimiter() {
        return mapping.delimiter();
    }

    @Override
    public boolean decimalComma(List<String> header) {
        return mapping.decimalComma();
    }

    @Override
    public RowParser open(ExportTable table, ParseContext context) {
        return new MappedRowParser(mapping, defaultChannel(), context);
    }
}
