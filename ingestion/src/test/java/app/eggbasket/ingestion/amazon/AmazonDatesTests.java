package app.eggbasket.ingestion.amazon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmazonDatesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dec 1, 2017 12:38:23 AM PST | 2017-12-01T08:38:23Z",
            "Dec 1, 2017 12:38:23 PM PST | 2017-12-01T20:38:23Z",
            "Jul 4, 2023 9:05:00 AM PDT  | 2023-07-04T16:05:00Z",
            "1 Dec 2017 08:38:23 GMT     | 2017-12-01T08:38:23Z",
            "4 Jul 2023 09:05:00 BST     | 2023-07-04T08:05:00Z",
            "1 déc. 2017 08:38:23 UTC    | 2017-12-01T08:38:23Z",
            "1 janv. 2017 00:13:21 UTC+1 | 2016-12-31T23:13:21Z",
            "14 févr. 2024 10:00:00 UTC  | 2024-02-14T10:00:00Z",
            "3 juin 2024 10:00:00 UTC    | 2024-06-03T10:00:00Z",
            "3 juil. 2024 10:00:00 CEST  | 2024-07-03T08:00:00Z",
            "15 août 2024 10:00:00 UTC   | 2024-08-15T10:00:00Z"})
    void readsEachLocalesDateAndZone(String text, String instant) {
        AmazonDates.Stamp stamp = AmazonDates.read(text);

        assertThat(stamp.local().atZone(stamp.zone()).toInstant()).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dec 33, 2017 9:14:02 PM PST", "Dec 1, 2017 13:38:23 PM PST", "Dec 1, 2017 12:38:23 AM XYZ",
            "2017-12-01", "1 foo 2017 08:38:23 UTC", "Dec 1, 2017"})
    void refusesWhatIsNotAnAmazonDate(String text) {
        assertThatThrownBy(() -> AmazonDates.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a date like");
    }
}
