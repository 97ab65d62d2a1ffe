package app.eggbasket.analytics.profile;

import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SellerProfilesTests {

    @TempDir
    Path data;

    @Test
    void aSellerWithoutProfileSellsGoodsAt12Point3Percent() {
        SellerProfile profile = new SellerProfiles(new Lake(data)).get("alice");

        assertThat(profile.contributionRate()).isEqualByComparingTo("0.123");
        assertThat(profile.activity()).isEqualTo("goods");
    }

    @Test
    void aSavedProfileIsReadBackAndPrivateToItsOwner() throws IOException {
        SellerProfiles profiles = new SellerProfiles(new Lake(data));

        profiles.save("alice", SellerProfile.parse("services"));

        assertThat(profiles.get("alice").contributionRate()).isEqualByComparingTo("0.212");
        assertThat(profiles.get("alice").activity()).isEqualTo("services");
        assertThat(profiles.get("bob")).isEqualTo(SellerProfile.DEFAULT);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profiles.file("alice")))).isEqualTo("rw-------");
    }

    @Test
    void ratesAreReadAsPercentagesWithTheirSignOrFractions() {
        assertThat(SellerProfile.parse("goods").contributionRate()).isEqualByComparingTo("0.123");
        assertThat(SellerProfile.parse("21,2 %").contributionRate()).isEqualByComparingTo("0.212");
        assertThat(SellerProfile.parse("0.256").contributionRate()).isEqualByComparingTo("0.256");
        assertThat(SellerProfile.parse("26%").activity()).isEqualTo("custom");
        assertThat(SellerProfile.parse("26%").percent()).isEqualTo("26");
        assertThatThrownBy(() -> SellerProfile.parse("26")).hasMessageContaining("percentage with its sign");
        assertThatThrownBy(() -> SellerProfile.parse("120%")).hasMessageContaining("below 100%");
        assertThatThrownBy(() -> SellerProfile.parse("-1%")).hasMessageContaining("at least 0%");
        assertThatThrownBy(() -> SellerProfile.parse("a lot")).hasMessageContaining("not a contribution rate");
        assertThatThrownBy(() -> SellerProfile.parse("12.345%")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> new SellerProfiles(new Lake(data)).get("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
