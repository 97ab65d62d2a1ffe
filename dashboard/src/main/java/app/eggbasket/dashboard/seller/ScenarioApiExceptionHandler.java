package app.eggbasket.dashboard.seller;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The scenario routes answer errors exactly as the other seller routes: RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ScenarioApiController.class)
class ScenarioApiExceptionHandler extends ApiExceptionHandler {
}
