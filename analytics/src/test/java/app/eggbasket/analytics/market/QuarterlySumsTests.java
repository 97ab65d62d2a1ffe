package app.eggbasket.analytics.market;

import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the engine's rows become {@link QuarterlySums}: one kind per seller and channel, channels by number or by name. */
class QuarterlySumsTests {

    private static final int MARKETPLACE = ChannelKind.MARKETPLACE.ordinal();
    private static final int SOCIAL = ChannelKind.SOCIAL.ordinal();
    private static final int DIRECT = ChannelKind.DIRECT.ordinal();

    @Test
    void aChannelTakesTheKindOfItsLatestIngestedRowForEachSellerInEveryQuarter() {
        QuarterlySums sums = QuarterlySums.builder()
                // seller 0 sold on instagram as SOCIAL, then uploaded it as DIRECT later: DIRECT in both quarters
                .add(0, -1, "instagram", SOCIAL, 8100, true, 1000, 0, 100)
                .add(0, -1, "instagram", DIRECT, 8101, true, 500, 0, 200)
                // seller 1 only as SOCIAL
                .add(1, -1, "instagram", SOCIAL, 8100, true, 700, 0, 300)
                .build();
        assertThat(kindOf(sums, 0, 8100)).isEqualTo(ChannelKind.DIRECT);
        assertThat(kindOf(sums, 0, 8101)).isEqualTo(ChannelKind.DIRECT);
        assertThat(kindOf(sums, 1, 8100)).isEqualTo(ChannelKind.SOCIAL);
        assertThat(sums.channels()).containsExactlyInAnyOrder(new QuarterlySums.Channel("instagram", ChannelKind.DIRECT),
                new QuarterlySums.Channel("instagram", ChannelKind.SOCIAL));
    }

    @Test
    void onATieTheLargerKindByNameWinsWhateverTheRowOrder() {
        for (boolean reversed : new boolean[] {false, true}) {
            QuarterlySums.Builder builder = QuarterlySums.builder();
            List<Runnable> rows = new ArrayList<>(List.of(
                    () -> builder.add(0, -1, "shop", MARKETPLACE, 8100, true, 100, 0, 500),
                    () -> builder.add(0, -1, "shop", DIRECT, 8100, true, 100, 0, 500)));
            if (reversed) {
                Collections.reverse(rows);
            }
            rows.forEach(Runnable::run);
            assertThat(kindOf(builder.build(), 0, 8100)).as("reversed " + reversed).isEqualTo(ChannelKind.MARKETPLACE);
        }
    }

    @Test
    void aRowWithoutRevenueNeitherCountsNorDecidesTheKindButItsUnconvertedLinesAreCounted() {
        QuarterlySums sums = QuarterlySums.builder()
                .add(0, -1, "etsy", MARKETPLACE, 8100, true, 100, 0, 100)
                .add(0, -1, "etsy", SOCIAL, 8100, false, 0, 3, 900)
                .build();
        assertThat(sums.size()).isEqualTo(1);
        assertThat(kindOf(sums, 0, 8100)).isEqualTo(ChannelKind.MARKETPLACE);
        assertThat(sums.unconvertedLines()).isEqualTo(3);
    }

    @Test
    void aChannelSentByNumberIsTheSameChannelAsSentByName() {
        QuarterlySums sums = QuarterlySums.builder()
                .channelNumber(0, "etsy").channelNumber(1, "ebay")
                .add(0, 0, null, MARKETPLACE, 8100, true, 100, 0, 1)
                .add(0, -1, "etsy", MARKETPLACE, 8100, true, 50, 0, 1)
                .add(1, 1, null, MARKETPLACE, 8100, true, 70, 0, 1)
                .build();
        assertThat(sums.channels()).containsExactlyInAnyOrder(new QuarterlySums.Channel("etsy", ChannelKind.MARKETPLACE),
                new QuarterlySums.Channel("ebay", ChannelKind.MARKETPLACE));
        assertThat(sums.channel(0)).isEqualTo(sums.channel(1));
        assertThatThrownBy(() -> QuarterlySums.builder().add(0, 5, null, MARKETPLACE, 8100, true, 1, 0, 1))
                .hasMessageContaining("no channel numbered 5");
        assertThatThrownBy(() -> QuarterlySums.builder().add(0, -1, "etsy", 42, 8100, true, 1, 0, 1))
                .hasMessageContaining("no channel kind numbered 42");
    }

    @Test
    void roomMadeBeforehandChangesNothing() {
        Random random = new Random(7);
        QuarterlySums.Builder small = QuarterlySums.builder();
        QuarterlySums.Builder presized = QuarterlySums.builder().expect(5000);
        for (int i = 0; i < 3000; i++) {
            int seller = random.nextInt(400);
            String channel = "c" + random.nextInt(9);
            int kind = random.nextInt(ChannelKind.values().length);
            int quarter = 8096 + random.nextInt(8);
            long cents = random.nextInt(100_000) - 10_000;
            long ingested = random.nextInt(5);
            small.add(seller, -1, channel, kind, quarter, true, cents, 0, ingested);
            presized.add(seller, -1, channel, kind, quarter, true, cents, 0, ingested);
        }
        QuarterlySums a = small.build();
        QuarterlySums b = presized.build();
        assertThat(b.size()).isEqualTo(a.size());
        for (int r = 0; r < a.size(); r++) {
            assertThat(b.channels().get(b.channel(r))).isEqualTo(a.channels().get(a.channel(r)));
            assertThat(b.cents(r)).isEqualTo(a.cents(r));
        }
    }

    @Test
    void selectionGivesTheValueOfEachRankAsSortingWould() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(trial % 3 == 0 ? 3 : 50) / 7.0; // many ties in a third of the trials
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double[] work = values.clone();
            for (int k : new int[] {0, n / 4, n / 2, n - 1, random.nextInt(n)}) {
                assertThat(Fractions.select(work, k)).as("n=%d k=%d", n, k).isEqualTo(sorted[k]);
            }
        }
    }

    private static ChannelKind kindOf(QuarterlySums sums, int seller, int quarter) {
        for (int r = 0; r < sums.size(); r++) {
            if (sums.seller(r) == seller && sums.quarter(r) == quarter) {
                return sums.channels().get(sums.channel(r)).kind();
            }
        }
        throw new AssertionError("no row for seller " + seller + " in " + quarter);
    }
}
