package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.mapping.CanonicalField;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.FieldSource;
import app.eggbasket.ingestion.mapping.MappingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code eggbasket mapping show}: the column mappings a seller saved for files no parser knows. */
@Command(name = "mapping", mixinStandardHelpOptions = true, description = "Column mappings for files no parser knows.",
        subcommands = MappingCommand.Show.class)
final class MappingCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "List a seller's saved mappings.")
    static final class Show implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--seller", required = true, description = "Seller id")
        String seller;

        @Override
        public Integer call() {
            SellerIds.require(seller);
            List<ColumnMapping> mappings = new MappingStore(new Lake(data.data)).list(seller);
            PrintStream out = System.out;
            if (mappings.isEmpty()) {
                out.println(seller + ": no saved mapping");
                return 0;
            }
            for (ColumnMapping m : mappings) {
                out.println(m.name() + " (" + m.header().size() + " columns, delimiter '"
                        + (m.delimiter() == '\t' ? "\\t" : String.valueOf(m.delimiter())) + "'"
                        + (m.decimalComma() ? ", decimal comma" : "") + ", dates " + m.datePattern()
                        + ", amount = " + m.amountMeaning() + ")");
                out.println("  " + describe(m.fields()));
            }
            return 0;
        }

        private static String describe(Map<CanonicalField, FieldSource> fields) {
            return fields.entrySet().stream().map(e -> e.getKey().name().toLowerCase() + " <- "
                    + (e.getValue().isColumn() ? "'" + e.getValue().column() + "'" : "= " + e.getValue().constant()))
                    .collect(Collectors.joining(", "));
        }
    }
}
