package app.eggbasket.dashboard.web.upload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;

/**
 * A file over {@code max-file-size} found when Spring reads an API upload's parts: this happens before a handler
 * is chosen, so no controller's advice applies and Spring would answer an empty 413. Answered as
 * {@link UploadLimitFilter} answers (a 413 problem detail naming the limits).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final UploadLimitFilter limits;

    UploadLimitAdvice(UploadLimitFilter limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        limits.tooLarge(request, response, e.getMessage());
    }
}
