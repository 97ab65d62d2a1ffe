package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The column-mapping wizard: offered for a file no format knows, first rows and Excel warnings, preview,
 * save and import, the next upload recognised; in English and French; other sellers kept out. Each test
 * uses a seller of its own in the shared data directory.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MappingWizardTests {

    private static final Path MAPPED = TestData.samples().resolveSibling("mapped-samples").resolve("alittlemarket");
    private static final String FILE = "valid-alittlemarket-historique-2015.csv";
    private static final byte[] CONTENT = TestData.read(MAPPED.resolve(FILE));
    private static final String UPLOAD_ID = sha256(CONTENT);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aFileNoFormatKnowsOffersTheWizard() throws Exception {
        String page = upload("gina", "en");

        assertThat(page).contains("REFUSED").contains("Map the columns of this file")
                .contains("href=\"/sellers/gina/mappings/new?upload=" + UPLOAD_ID + "&amp;file=" + FILE + "\"");
    }

    @Test
    void theWizardShowsTheFirstRowsAndWarnsAboutExcelInEnglish() throws Exception {
        upload("hana", "en");

        String page = html(get("/sellers/hana/mappings/new").param("upload", UPLOAD_ID).param("file", FILE)
                .header("Accept-Language", "en").with(user(seller("hana"))));

        assertThat(page).contains("Map the columns of this file").contains("<th>Date de commande</th>")
                .contains("<td>Broche feutre oiseau bleu</td>")
                .contains("has 4-digit postal codes (1000, 1200, 1204): if they are French codes, Excel dropped their leading 0")
                .contains("<option value=\"dd/MM/yyyy\" selected=\"selected\">")
                .contains("name=\"_csrf\"")
                .contains("value=\"valid-alittlemarket-historique-2015\"");
    }

    @Test
    void previewShowsTheSaleLinesThenSaveImportsAndTheNextUploadIsRecognised() throws Exception {
        upload("iris", "en");

        String preview = html(form("iris", "preview").header("Accept-Language", "en"));
        assertThat(preview).contains("What do these states mean?").contains("<label for=\"status-0\">Litige remboursé</label>")
                .contains("<option value=\"REFUNDED\" selected=\"selected\">refunded</option>");
        assertThat(preview).contains("The first sale lines this mapping gives")
                .contains("28.20 EUR").contains("CANCELLED").contains("AM-150314-0042")
                .doesNotContain("Mapping “alm” saved");

        String saved = html(form("iris", "save").header("Accept-Language", "en"));
        assertThat(saved).contains("Mapping “alm” saved").contains("6 rows accepted (6 new), 0 rejected.");

        String again = upload("iris", "en");
        // this upload's result is read with the mapping (the history below still lists the first, refused one)
        assertThat(org.jsoup.Jsoup.parse(again).selectFirst("#upload-results").text()).doesNotContain("REFUSED");
        assertThat(again).contains("Mapping — alm").contains("ALittleMarket (Marketplace)")
                .contains("Your saved column mappings");
        assertThat(org.jsoup.Jsoup.parse(again).select("#upload-history tr.refused")).hasSize(1);
    }

    @Test
    void theWizardSpeaksFrenchAndExplainsAMissingAmount() throws Exception {
        upload("jade", "fr");

        String page = html(get("/sellers/jade/mappings/new").param("upload", UPLOAD_ID).param("file", FILE)
                .header("Accept-Language", "fr").with(user(seller("jade"))));
        assertThat(page).contains("Associer les colonnes de ce fichier")
                .contains("si ce sont des codes français, Excel a supprimé leur 0 du début");

        String missing = html(formWithoutAmount("jade", "preview").header("Accept-Language", "fr"));
        assertThat(missing).contains("Choisissez la colonne qui contient le montant.")
                .doesNotContain("Les premières lignes de vente obtenues");

        String preview = html(form("jade", "preview").header("Accept-Language", "fr"));
        assertThat(preview).contains("Les premières lignes de vente obtenues").contains("28.20 EUR");
    }

    @Test
    void aFileOfAMillionColumnsIsExplainedNotDrawn() throws Exception {
        StringBuilder header = new StringBuilder("Jour");
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",c").append(i);
        }
        byte[] wide = (header + "\n01/02/2025,1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        html(multipart("/sellers/lena/uploads").file(new MockMultipartFile("files", "wide.csv", "text/csv", wide))
                .header("Accept-Language", "en").with(csrf()).with(user(seller("lena"))));

        for (String lang : new String[]{"en", "fr"}) {
            var answer = mvc.perform(get("/sellers/lena/mappings/new").param("upload", sha256(wide)).param("file", "wide.csv")
                    .header("Accept-Language", lang).with(user(seller("lena")))).andReturn().getResponse();
            assertThat(answer.getStatus()).isEqualTo(422);
            String page = answer.getContentAsString();
            assertThat(page.length()).as("a page, not the million columns").isLessThan(20_000);
            assertThat(page).contains(lang.equals("en") ? "This file cannot be shown in the mapping wizard"
                    : "Ce fichier ne peut pas être affiché dans l’assistant de correspondance")
                    .contains(lang.equals("en") ? "line 1 has more than 1000 columns" : "la ligne 1 a plus de 1000 colonnes");
        }
    }

    @Test
    void anotherSellerCannotMapTheUpload() throws Exception {
        upload("kim", "en");

        mvc.perform(get("/sellers/kim/mappings/new").param("upload", UPLOAD_ID).with(user(seller("bob"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sellers/bob/mappings/new").param("upload", UPLOAD_ID).with(user(seller("bob"))))
                .andExpect(status().isNotFound());
        mvc.perform(form("kim", "save").with(user(seller("bob")))).andExpect(status().isForbidden());
        mvc.perform(post("/sellers/kim/mappings").param("upload", UPLOAD_ID).param("action", "save")
                .with(user(seller("kim")))).andExpect(status().isForbidden());
        mvc.perform(get("/sellers/kim/mappings/new").param("upload", "../../secret/buyer-key").with(user(seller("kim"))))
                .andExpect(status().isNotFound());
        assertThat(TestData.seededDataDir().resolve("mappings/kim")).doesNotExist();
    }

    private String upload(String seller, String lang) throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", FILE, "text/csv", CONTENT);
        return html(multipart("/sellers/" + seller + "/uploads").file(file).header("Accept-Language", lang)
                .with(csrf()).with(user(seller(seller))));
    }

    /** The wizard's form filled for the A Little Market sample, as its mapping JSON says. */
    private MockHttpServletRequestBuilder form(String seller, String action) {
        return formWithoutAmount(seller, action).param("column.AMOUNT", "Prix unitaire");
    }

    private MockHttpServletRequestBuilder formWithoutAmount(String seller, String action) {
        return post("/sellers/" + seller + "/mappings").with(csrf()).with(user(seller(seller)))
                .param("action", action).param("upload", UPLOAD_ID).param("file", FILE).param("name", "alm")
                .param("datePattern", "dd/MM/yyyy HH:mm").param("decimalComma", "true").param("amountMeaning", "UNIT_PRICE")
                .param("column.DATE", "Date de commande").param("column.ORDER_ID", "N° commande")
                .param("column.ITEM", "Article").param("column.QUANTITY", "Quantité")
                .param("column.SHIPPING", "Frais de port").param("column.DISCOUNT", "Réduction")
                .param("column.STATUS", "État").param("column.COUNTRY", "Pays")
                .param("currency", "eur").param("channel", "alittlemarket").param("kind", "MARKETPLACE")
                .param("statusValue", "Litige remboursé").param("statusMeaning", "REFUNDED");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
