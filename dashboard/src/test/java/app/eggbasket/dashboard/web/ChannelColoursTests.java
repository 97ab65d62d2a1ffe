package app.eggbasket.dashboard.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's channel colours (the PDFs') are the pages' (static/js/channel-colours.js): same map, palette, hash. */
class ChannelColoursTests {

    private static final Path SCRIPT = Path.of("src/main/resources/static/js/channel-colours.js");

    @Test
    void theMapAndThePaletteAreTheScripts() throws IOException {
        String js = Files.readString(SCRIPT);
        String known = js.substring(js.indexOf("var KNOWN = {"), js.indexOf("};", js.indexOf("var KNOWN = {")));
        Map<String, String> scriptKnown = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("'([^']+)':\\s*'(#[0-9a-f]{6})'").matcher(known);
        while (entry.find()) {
            scriptKnown.put(entry.group(1), entry.group(2));
        }
        String palette = js.substring(js.indexOf("var PALETTE = ["), js.indexOf("];", js.indexOf("var PALETTE = [")));
        List<String> scriptPalette = new ArrayList<>();
        Matcher colour = Pattern.compile("'(#[0-9a-f]{6})'").matcher(palette);
        while (colour.find()) {
            scriptPalette.add(colour.group(1));
        }
        assertThat(scriptKnown).isNotEmpty().containsExactlyEntriesOf(ChannelColours.KNOWN);
        assertThat(scriptPalette).isEqualTo(ChannelColours.PALETTE);
    }

    @Test
    void aKnownChannelHasItsFixedColourWhateverItsSpelling() {
        assertThat(ChannelColours.forChannel("etsy")).isEqualTo("#e0692b");
        assertThat(ChannelColours.forChannel(" Etsy ")).isEqualTo("#e0692b");
        assertThat(ChannelColours.forChannel("A Little Market")).isEqualTo(ChannelColours.forChannel("alittlemarket"));
        assertThat(ChannelColours.rgb("own-shop")).isEqualTo(0x2f6f73);
    }

    @Test
    void anUnknownChannelGetsAStablePaletteColour() {
        // FNV-1a 32-bit reference values
        assertThat(ChannelColours.hash("")).isEqualTo(0x811c9dc5);
        assertThat(ChannelColours.hash("a")).isEqualTo(0xe40c292c);
        assertThat(ChannelColours.hash("foobar")).isEqualTo(0xbf9cf968);
        String colour = ChannelColours.forChannel("boutique-dépôt");
        assertThat(ChannelColours.PALETTE).contains(colour);
        assertThat(ChannelColours.forChannel("Boutique dépôt")).isEqualTo(colour);
        assertThat(List.of("atelier-nord", "salon-lyon", "boutique-dépôt", "marché-de-noël", "my-shop").stream()
                .map(ChannelColours::forChannel).distinct().count()).as("five names, several colours").isGreaterThan(2);
    }
}
