package app.eggbasket.dashboard.seller;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.LocalDate;

/** The HTTP response that carries a seller's data ZIP, named {@code eggbasket-<seller>-<date>.zip}. */
public final class SellerDataDownload {

    private SellerDataDownload() {
    }

    public static ResponseEntity<StreamingResponseBody> zip(String seller, StreamingResponseBody body) {
        String name = "eggbasket-" + seller + "-" + LocalDate.now() + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
