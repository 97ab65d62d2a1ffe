package app.eggbasket.dashboard.web.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload over the size limits gets an answer, not an empty 413: before anything reads the body (the security
 * filters read the CSRF field of a form), a multipart request that declares more than
 * {@code spring.servlet.multipart.max-request-size} is answered at once, and a file found over
 * {@code max-file-size} while a page's body is read is answered the same way (the API's, by {@link UploadLimitAdvice}). The API gets a 413 problem detail naming
 * the limits; a seller's page upload is sent back to her uploads page, which says in her language what happened.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class UploadLimitFilter extends OncePerRequestFilter {

    /** The parameter the uploads page reads to say that the last upload was too large. */
    public static final String TOO_LARGE = "tooLarge";

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);
    private static final Pattern SELLER_PAGE = Pattern.compile("^/sellers/([^/]+)/(uploads|mappings)(/.*)?$");

    private final long maxFile;
    private final long maxRequest;
    private final ObjectMapper json;

    public UploadLimitFilter(MultipartProperties multipart, ObjectMapper json) {
        this.maxFile = multipart.getMaxFileSize().toBytes();
        this.maxRequest = multipart.getMaxRequestSize().toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxRequest > 0 && request.getContentLengthLong() > maxRequest) {
            tooLarge(request, response, "declared " + request.getContentLengthLong() + " bytes");
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // a page's form: its CSRF field is read from the body by the security filters, which would answer a
            // file over the limit with "invalid CSRF token"; reading the parts here finds the limit first
            try {
                request.getParts();
            } catch (IllegalStateException | ServletException | MultipartException e) {
                if (isSizeLimit(e)) {
                    tooLarge(request, response, e.getMessage());
                    return;
                }
                // any other fault of the body is the handler's to report
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether an exception from reading a multipart body is one of its size limits (Tomcat's or Spring's). */
    static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) {
                return true;
            }
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")
                    || name.equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** Answers an upload over the limits: the API's 413 problem detail, or a page upload sent back to her uploads page. */
    public void tooLarge(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        log.info("upload refused as too large ({}): {}", request.getRequestURI(), why);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = SELLER_PAGE.matcher(path);
        boolean wantsJson = path.startsWith("/api/") || String.valueOf(request.getHeader("Accept")).contains("json");
        if (page.matches() && !wantsJson) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/sellers/" + page.group(1) + "/uploads?" + TOO_LARGE + "=1");
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload is larger than the limits: " + mebibytes(maxFile) + " MiB per file, " + mebibytes(maxRequest)
                        + " MiB per upload. Split the export by period and upload the parts.");
        problem.setTitle("Upload too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("maxFileBytes", maxFile);
        problem.setProperty("maxUploadBytes", maxRequest);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }
}
